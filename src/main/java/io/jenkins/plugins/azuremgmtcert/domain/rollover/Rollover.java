package io.jenkins.plugins.azuremgmtcert.domain.rollover;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The certificates of one credential during a roll-over, as an immutable value: the current certificate (what builds
 * use), a next one (added and tested beside it, then promoted) and a previous one (the former current one, kept so
 * that a roll-back is one step), with the history of changes, newest last and at most {@link #MAX_HISTORY} entries.
 * Each step returns a new value and leaves this one as it was, so a caller that fails to save the new value has lost
 * nothing.
 *
 * @param <C> how the caller holds a certificate (a keystore, a reference to a file); opaque here
 */
public final class Rollover<C> {
    /** How many history entries are kept; older ones are dropped first. */
    public static final int MAX_HISTORY = 50;

    /** A certificate with the SHA-1 thumbprint the history records for it. */
    public record Slot<C>(@NonNull C certificate, @NonNull String thumbprint) {
        public Slot {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(thumbprint, "thumbprint");
        }
    }

    private final Slot<C> current;
    private final Slot<C> next;
    private final Slot<C> previous;
    private final List<RolloverEvent> history;

    public Rollover(
            @NonNull Slot<C> current,
            @CheckForNull Slot<C> next,
            @CheckForNull Slot<C> previous,
            @NonNull List<RolloverEvent> history) {
        this.current = Objects.requireNonNull(current, "current");
        this.next = next;
        this.previous = previous;
        List<RolloverEvent> kept = List.copyOf(history);
        this.history = kept.size() > MAX_HISTORY ? kept.subList(kept.size() - MAX_HISTORY, kept.size()) : kept;
    }

    @NonNull
    public Slot<C> current() {
        return current;
    }

    @CheckForNull
    public Slot<C> next() {
        return next;
    }

    @CheckForNull
    public Slot<C> previous() {
        return previous;
    }

    /** The changes, oldest first. */
    @NonNull
    public List<RolloverEvent> history() {
        return history;
    }

    /**
     * Adds a next certificate, or replaces the one waiting.
     *
     * @throws RolloverException if it is the current certificate (same thumbprint)
     */
    @NonNull
    public Rollover<C> withNext(@NonNull Slot<C> added, @NonNull String user, @NonNull Instant at)
            throws RolloverException {
        if (added.thumbprint().equalsIgnoreCase(current.thumbprint())) {
            throw new RolloverException(Messages.Rollover_NextIsCurrent(current.thumbprint()));
        }
        if (next != null && next.thumbprint().equalsIgnoreCase(added.thumbprint())) {
            return new Rollover<>(current, added, previous, history);
        }
        return new Rollover<>(
                current,
                added,
                previous,
                with(new RolloverEvent(RolloverEvent.Action.NEXT_ADDED, user, at, null, added.thumbprint())));
    }

    /** Removes the next certificate, if there is one. */
    @NonNull
    public Rollover<C> withoutNext(@NonNull String user, @NonNull Instant at) {
        if (next == null) {
            return this;
        }
        return new Rollover<>(
                current,
                null,
                previous,
                with(new RolloverEvent(RolloverEvent.Action.NEXT_REMOVED, user, at, next.thumbprint(), null)));
    }

    /**
     * Makes the next certificate current and keeps the current one as previous (replacing an older previous one).
     *
     * @throws RolloverException if there is no next certificate
     */
    @NonNull
    public Rollover<C> promote(@NonNull String user, @NonNull Instant at) throws RolloverException {
        if (next == null) {
            throw new RolloverException(Messages.Rollover_NoNext());
        }
        return new Rollover<>(
                next,
                null,
                current,
                with(new RolloverEvent(
                        RolloverEvent.Action.PROMOTED, user, at, current.thumbprint(), next.thumbprint())));
    }

    /**
     * Makes the previous certificate current again; the one it replaced becomes the next certificate, so that the
     * roll-back can itself be undone by promoting again.
     *
     * @throws RolloverException if there is no previous certificate, or a next certificate is waiting (it would be
     *     lost)
     */
    @NonNull
    public Rollover<C> rollBack(@NonNull String user, @NonNull Instant at) throws RolloverException {
        if (previous == null) {
            throw new RolloverException(Messages.Rollover_NoPrevious());
        }
        if (next != null) {
            throw new RolloverException(Messages.Rollover_NextWaiting(next.thumbprint()));
        }
        return new Rollover<>(
                previous,
                current,
                null,
                with(new RolloverEvent(
                        RolloverEvent.Action.ROLLED_BACK, user, at, current.thumbprint(), previous.thumbprint())));
    }

    /**
     * Removes the previous certificate.
     *
     * @throws RolloverException if there is none
     */
    @NonNull
    public Rollover<C> removePrevious(@NonNull String user, @NonNull Instant at) throws RolloverException {
        if (previous == null) {
            throw new RolloverException(Messages.Rollover_NoPrevious());
        }
        return new Rollover<>(
                current,
                next,
                null,
                with(new RolloverEvent(RolloverEvent.Action.PREVIOUS_REMOVED, user, at, previous.thumbprint(), null)));
    }

    private List<RolloverEvent> with(RolloverEvent event) {
        List<RolloverEvent> all = new ArrayList<>(history);
        all.add(event);
        return all;
    }
}
