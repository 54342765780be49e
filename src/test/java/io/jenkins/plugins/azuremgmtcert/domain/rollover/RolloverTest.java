package io.jenkins.plugins.azuremgmtcert.domain.rollover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.azuremgmtcert.domain.rollover.Rollover.Slot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roll-over's steps: each gives a new state and a history entry, and refuses what would lose a certificate. */
class RolloverTest {
    private static final Instant T1 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-12-03T10:00:00Z");
    private static final Slot<String> A = new Slot<>("cert A", "AAAA");
    private static final Slot<String> B = new Slot<>("cert B", "BBBB");
    private static final Slot<String> C = new Slot<>("cert C", "CCCC");

    private static Rollover<String> only(Slot<String> current) {
        return new Rollover<>(current, null, null, List.of());
    }

    @Test
    void addingANextCertificateKeepsTheCurrentOneAndRecordsWhoAndWhen() throws Exception {
        Rollover<String> before = only(A);

        Rollover<String> after = before.withNext(B, "alice", T1);

        assertSame(A, after.current());
        assertSame(B, after.next());
        assertEquals(
                List.of(new RolloverEvent(RolloverEvent.Action.NEXT_ADDED, "alice", T1, null, "BBBB")),
                after.history());
        assertNull(before.next(), "the former state is unchanged");
    }

    @Test
    void theCurrentCertificateCannotBeItsOwnNext() {
        RolloverException e =
                assertThrows(RolloverException.class, () -> only(A).withNext(new Slot<>("same", "aaaa"), "alice", T1));

        assertEquals(Messages.Rollover_NextIsCurrent("AAAA"), e.getMessage());
    }

    @Test
    void promotingMakesTheNextCurrentAndKeepsTheFormerAsPrevious() throws Exception {
        Rollover<String> promoted = only(A).withNext(B, "alice", T1).promote("bob", T2);

        assertSame(B, promoted.current());
        assertNull(promoted.next());
        assertSame(A, promoted.previous());
        RolloverEvent last = promoted.history().get(1);
        assertEquals(RolloverEvent.Action.PROMOTED, last.getAction());
        assertEquals("bob", last.getUser());
        assertEquals(T2, last.getAt());
        assertEquals("AAAA", last.getFrom());
        assertEquals("BBBB", last.getTo());
        assertTrue(last.describe().contains("bob promoted the next certificate BBBB"), last.describe());
    }

    @Test
    void promotingWithoutANextCertificateIsRefused() {
        RolloverException e = assertThrows(RolloverException.class, () -> only(A).promote("bob", T1));

        assertEquals(Messages.Rollover_NoNext(), e.getMessage());
    }

    @Test
    void rollingBackRestoresThePreviousAndOffersTheUndoneOneAsNextAgain() throws Exception {
        Rollover<String> promoted = only(A).withNext(B, "alice", T1).promote("bob", T2);

        Rollover<String> rolledBack = promoted.rollBack("carol", T3);

        assertSame(A, rolledBack.current());
        assertSame(B, rolledBack.next(), "promoting again undoes the roll-back");
        assertNull(rolledBack.previous());
        assertEquals(
                RolloverEvent.Action.ROLLED_BACK, rolledBack.history().get(2).getAction());
        assertSame(B, rolledBack.promote("carol", T3).current());
    }

    @Test
    void rollingBackIsRefusedWithoutPreviousOrWhileANextCertificateWaits() throws Exception {
        assertEquals(
                Messages.Rollover_NoPrevious(),
                assertThrows(RolloverException.class, () -> only(A).rollBack("x", T1))
                        .getMessage());

        Rollover<String> waiting = only(A).withNext(B, "a", T1).promote("a", T2).withNext(C, "a", T3);
        RolloverException e = assertThrows(RolloverException.class, () -> waiting.rollBack("x", T3));

        assertEquals(Messages.Rollover_NextWaiting("CCCC"), e.getMessage());
        assertSame(C, waiting.next(), "nothing lost");
    }

    @Test
    void removingThePreviousCertificateKeepsCurrentAndNext() throws Exception {
        Rollover<String> state = only(A).withNext(B, "a", T1).promote("a", T2).withNext(C, "a", T2);

        Rollover<String> removed = state.removePrevious("dave", T3);

        assertSame(B, removed.current());
        assertSame(C, removed.next());
        assertNull(removed.previous());
        RolloverEvent last = removed.history().get(removed.history().size() - 1);
        assertEquals(new RolloverEvent(RolloverEvent.Action.PREVIOUS_REMOVED, "dave", T3, "AAAA", null), last);
        assertThrows(RolloverException.class, () -> removed.removePrevious("dave", T3));
    }

    @Test
    void removingOrReplacingTheNextCertificateIsRecorded() throws Exception {
        Rollover<String> replaced = only(A).withNext(B, "a", T1).withNext(C, "a", T2);
        assertSame(C, replaced.next());
        assertEquals(2, replaced.history().size());

        Rollover<String> same = replaced.withNext(new Slot<>("cert C again", "CCCC"), "a", T3);
        assertEquals(2, same.history().size(), "the same certificate again is no change");

        Rollover<String> removed = replaced.withoutNext("a", T3);
        assertNull(removed.next());
        assertEquals(RolloverEvent.Action.NEXT_REMOVED, removed.history().get(2).getAction());
        assertSame(removed, removed.withoutNext("a", T3));
    }

    @Test
    void theHistoryKeepsTheNewestEntries() throws Exception {
        List<RolloverEvent> long_ = new ArrayList<>();
        for (int i = 0; i < Rollover.MAX_HISTORY + 5; i++) {
            long_.add(new RolloverEvent(RolloverEvent.Action.NEXT_REMOVED, "u" + i, T1, "X", null));
        }

        Rollover<String> state = new Rollover<>(A, null, null, long_);

        assertEquals(Rollover.MAX_HISTORY, state.history().size());
        assertEquals("u5", state.history().get(0).getUser());
        assertEquals(
                "u" + (Rollover.MAX_HISTORY + 4),
                state.history().get(Rollover.MAX_HISTORY - 1).getUser());
    }
}
