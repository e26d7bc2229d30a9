package nl.wsp.infra;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reconciler of ./wsp chaos must see what it is there to see: a reconciliation that cannot count a lost or a doubled
 * broadcast would report "clean" whatever happened.
 */
class ChaosReportTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-01T10:00:00Z");
    private final Map<String, Instant> breed = Map.of("a", DEADLINE.plusMillis(5), "b", DEADLINE.plusMillis(5));
    private final Map<String, Instant> deadlines = Map.of("a", DEADLINE, "b", DEADLINE, "c", DEADLINE.plusSeconds(60));

    private static Chaos.Copy copy(String vacature, String event, Instant at) {
        return new Chaos.Copy(vacature, event, at, at);
    }

    @Test
    void one_event_per_due_vacancy_after_its_deadline_is_clean() {
        Chaos.Report report = new Chaos.Report();
        report.broadcast("kafka", breed, deadlines, List.of(copy("a", "e1", DEADLINE.plusMillis(9)), copy("b", "e2", DEADLINE.plusMillis(9))));
        assertTrue(report.clean());
    }

    @Test
    void a_due_vacancy_that_no_receiver_saw_is_lost() {
        Chaos.Report report = new Chaos.Report();
        report.broadcast("kafka", breed, deadlines, List.of(copy("a", "e1", DEADLINE.plusMillis(9))));
        assertEquals(1, report.lost);
        assertFalse(report.clean());
    }

    @Test
    void two_distinct_broadcast_events_of_one_vacancy_are_doubled_but_a_copy_of_the_same_event_is_a_redelivery() {
        Chaos.Report report = new Chaos.Report();
        report.broadcast("kafka", breed, deadlines, List.of(copy("a", "e1", DEADLINE.plusMillis(9)), copy("a", "e9", DEADLINE.plusMillis(9)),
                copy("b", "e2", DEADLINE.plusMillis(9)), copy("b", "e2", DEADLINE.plusMillis(12))));
        assertEquals(1, report.doubled);
        assertEquals(1, report.redelivered);
        assertFalse(report.clean());
    }

    @Test
    void a_broadcast_before_the_window_closed_is_early_and_one_of_a_vacancy_not_due_is_doubled() {
        Chaos.Report report = new Chaos.Report();
        report.broadcast("webhook", breed, deadlines, List.of(copy("a", "e1", DEADLINE.minusMillis(1)), copy("b", "e2", DEADLINE.plusMillis(9)),
                copy("c", "e3", DEADLINE.plusSeconds(61))));
        assertEquals(1, report.early);
        assertEquals(1, report.doubled);
        assertFalse(report.clean());
    }

    @Test
    void a_write_stored_beyond_what_was_acknowledged_is_doubled_unless_a_request_without_an_answer_explains_it() {
        Chaos.Report explained = new Chaos.Report();
        explained.write("vacancies", 10, 10, 11, 1);
        assertTrue(explained.clean());
        Chaos.Report unexplained = new Chaos.Report();
        unexplained.write("vacancies", 10, 10, 11, 0);
        assertEquals(1, unexplained.doubled);
        Chaos.Report missing = new Chaos.Report();
        missing.write("vacancies", 10, 9, 9, 0);
        assertEquals(1, missing.lost);
    }
}
