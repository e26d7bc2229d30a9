package nl.wsp.platform.time;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * At shutdown the schedulers (the outbox relay, the timers) stop before anything else: otherwise they
 * keep ticking while the persistence unit closes, and every tick logs "EntityManagerFactory is closed". Observers of
 * {@link ShutdownEvent} run lowest priority first, so this one runs before the shutdown of Hibernate and the datasource.
 */
@ApplicationScoped
class SchedulersStoppenEerst {

    void stop(@Observes @Priority(1) ShutdownEvent shutdown, Scheduler scheduler) {
        scheduler.pause();
    }
}
