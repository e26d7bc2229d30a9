package nl.wsp.platform.metrics;

import java.time.Instant;

/**
 * A durable timer of a service (a deadline stored in a row, fired by a scheduler with {@code FOR UPDATE SKIP LOCKED}),
 * as the frame's {@link OverdueTimers} meter sees it. A service declares each of its timers as an application-scoped
 * bean implementing this; the frame registers one gauge {@code wsp.timers.overdue} per timer, tagged with its name.
 */
public interface DueTimer {

    /** The {@code timer} tag, kebab-case: {@code breed-uitzetten}, {@code reactietermijn}, … */
    String name();

    /** How many of these timers fell due at or before {@code moment} and have not fired yet. */
    long dueAtOrBefore(Instant moment);
}
