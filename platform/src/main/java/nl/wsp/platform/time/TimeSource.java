package nl.wsp.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of the service, and the one time zone of its calendar. Instants are stored and sent in UTC;
 * a decision that needs a calendar date (which year a placement counts for, which day a rule expires) takes it
 * in {@link #ZONE}, the zone the region lives in. Tests replace the clock with one they move by hand.
 */
@ApplicationScoped
public class TimeSource {

    /** The WSP's calendar: a placement at 23:30 UTC on 31 December is a placement of the next year. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The calendar date of {@code instant} in {@link #ZONE}. */
    public static LocalDate datum(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Today in {@link #ZONE}, by {@code clock}. */
    public static LocalDate vandaag(Clock clock) {
        return datum(clock.instant());
    }
}
