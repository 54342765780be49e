package io.jenkins.plugins.azuremgmtcert.domain.rollover;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One change of a credential's certificates: what was done, by whom, when, and the SHA-1 thumbprints involved. A plain
 * final class with fields of simple types (the time as epoch milliseconds), so that it is stored as it is in a
 * credential's XML.
 */
public final class RolloverEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The kinds of change. */
    public enum Action {
        /** A next certificate was added (or replaced): {@code to} is its thumbprint. */
        NEXT_ADDED,
        /** The next certificate was removed without being used: {@code from} is its thumbprint. */
        NEXT_REMOVED,
        /** The next certificate became current: {@code from} is the former current one, {@code to} the new one. */
        PROMOTED,
        /** The previous certificate became current again: {@code from} the undone one, {@code to} the restored one. */
        ROLLED_BACK,
        /** The previous certificate was removed: {@code from} is its thumbprint. */
        PREVIOUS_REMOVED
    }

    private final Action action;
    private final String user;
    private final long at;
    private final String from;
    private final String to;

    public RolloverEvent(
            @NonNull Action action,
            @NonNull String user,
            @NonNull Instant at,
            @CheckForNull String from,
            @CheckForNull String to) {
        this.action = Objects.requireNonNull(action, "action");
        this.user = Objects.requireNonNull(user, "user");
        this.at = at.toEpochMilli();
        this.from = from;
        this.to = to;
    }

    @NonNull
    public Action getAction() {
        return action;
    }

    /** Who made the change (a Jenkins user ID, or the name of the system). */
    @NonNull
    public String getUser() {
        return user;
    }

    @NonNull
    public Instant getAt() {
        return Instant.ofEpochMilli(at);
    }

    @CheckForNull
    public String getFrom() {
        return from;
    }

    @CheckForNull
    public String getTo() {
        return to;
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One line for the page: when (UTC, to the minute), who, what, with the thumbprints. */
    @NonNull
    public String describe() {
        String when = WHEN.format(getAt());
        return switch (action) {
            case NEXT_ADDED -> Messages.RolloverEvent_NextAdded(when, user, to);
            case NEXT_REMOVED -> Messages.RolloverEvent_NextRemoved(when, user, from);
            case PROMOTED -> Messages.RolloverEvent_Promoted(when, user, to, from);
            case ROLLED_BACK -> Messages.RolloverEvent_RolledBack(when, user, to, from);
            case PREVIOUS_REMOVED -> Messages.RolloverEvent_PreviousRemoved(when, user, from);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RolloverEvent other
                && action == other.action
                && at == other.at
                && user.equals(other.user)
                && Objects.equals(from, other.from)
                && Objects.equals(to, other.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, user, at, from, to);
    }

    @Override
    public String toString() {
        return describe();
    }
}
