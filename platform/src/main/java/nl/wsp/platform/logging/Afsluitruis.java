package nl.wsp.platform.logging;

import io.quarkus.logging.LoggingFilter;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.errors.WakeupException;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the one warning a clean stop of a service logs although nothing is wrong: SmallRye Reactive Messaging's
 * {@code SRMSG18252 Failed to commit …, it will be re-attempted}, which the Kafka consumer writes when the stop wakes
 * it in the middle of an offset commit. The offsets it could not commit are only those of records already handled and
 * marked in the inbox (ADR 0001), so the next start re-reads at most a few records that the inbox then skips.
 * <p>
 * Only after the {@link ShutdownEvent}, and only with a {@link WakeupException} as cause or no cause at all: the same
 * warning while the service runs still shows, because then a commit really failed. A start-up and stop free of
 * warnings is what {@code ./wsp e2e} checks in the four services' logs, so that a real warning is not lost in noise.
 * Switched on for every service by {@code quarkus.log.console.filter} in the frame's microprofile-config.properties.
 */
@LoggingFilter(name = "wsp-afsluitruis")
public final class Afsluitruis implements Filter {

    static final String MISLUKTE_COMMIT = "SRMSG18252";

    private static volatile boolean afgesloten;

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(afgesloten && isAfsluitcommit(record));
    }

    static boolean isAfsluitcommit(LogRecord record) {
        String bericht = record.getMessage();
        if (bericht == null || !bericht.contains(MISLUKTE_COMMIT)) {
            return false;
        }
        Throwable oorzaak = record.getThrown();
        while (oorzaak != null && !(oorzaak instanceof WakeupException)) {
            oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause();
        }
        return record.getThrown() == null || oorzaak != null;
    }

    static void zetAfgesloten(boolean waarde) {
        afgesloten = waarde;
    }

    /** Tells the filter that the service is stopping: observes the shutdown before anything else is stopped. */
    @ApplicationScoped
    static class Afsluitmelder {
        void afsluiten(@Observes @Priority(1) ShutdownEvent shutdown) {
            zetAfgesloten(true);
        }
    }
}
