package nl.wsp.platform.logging;

import io.quarkus.logging.LoggingFilter;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.common.errors.WakeupException;

import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops the warnings a clean stop of a service logs although nothing is wrong, from SmallRye Reactive Messaging's Kafka
 * consumer while the stop closes it: {@code SRMSG18252 Failed to commit …, it will be re-attempted} (the stop woke the
 * consumer in the middle of an offset commit) and {@code SRMSG18285 Failed to poll consumer client …, it will be
 * re-attempted} (a poll scheduled just before the close finds the consumer closed or its executor stopped). The offsets
 * not committed belong to records already handled and marked in the inbox (ADR 0001), so the next start re-reads at
 * most a few records that the inbox then skips; nothing is re-attempted, because the service is going away.
 * <p>
 * Only after the {@link ShutdownEvent}, and only with such a cause (a {@link WakeupException}, a
 * {@link RejectedExecutionException}, "This consumer has already been closed") or none: the same warnings while the
 * service runs still show, because then a commit or a poll really failed. A start and stop free of warnings is what
 * {@code ./wsp e2e} checks in the four services' logs, so that a real warning is not lost in noise. Switched on for
 * every service by {@code quarkus.log.console.filter} in the frame's microprofile-config.properties.
 */
@LoggingFilter(name = "wsp-afsluitruis")
public final class Afsluitruis implements Filter {

    static final Set<String> AFSLUITMELDINGEN = Set.of("SRMSG18252", "SRMSG18285");

    private static volatile boolean afgesloten;

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(afgesloten && isAfsluitmelding(record));
    }

    static boolean isAfsluitmelding(LogRecord record) {
        String bericht = record.getMessage();
        if (bericht == null || AFSLUITMELDINGEN.stream().noneMatch(bericht::contains)) {
            return false;
        }
        if (record.getThrown() == null) {
            return true;
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WakeupException || t instanceof RejectedExecutionException
                    || (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("already been closed"))) {
                return true;
            }
        }
        return false;
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
