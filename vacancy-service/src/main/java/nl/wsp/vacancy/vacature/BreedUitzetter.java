package nl.wsp.vacancy.vacature;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.schedule.Wakeup;
import nl.wsp.platform.time.TimeSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The durable timer. Every tick it takes the open vacancies whose own-caseload deadline passed, with
 * {@code FOR UPDATE SKIP LOCKED}, flips them to breed-uitgezet and appends the event in the same transaction:
 * exactly one broadcast per vacancy with any number of replicas, and a crash before the commit leaves the vacancy open
 * for the next tick. The deadline lives in the row, so after downtime the first tick fires everything overdue.
 * Vacancies past their closing date expire first: a broadcast of a closed vacancy helps nobody.
 * <p>
 * The tick is the fallback: after each one it looks up the next deadline and, when that falls within
 * {@link #VOORUIT}, wakes up 1 ms after it, so a window closes on time rather than on the next whole second; a wake-up
 * that broadcast something sets the next one (docs/adr/0018-wake-up-instead-of-polling.md). With the tick off (tests),
 * nothing wakes up.
 * <p>
 * Native SQL (one of vacancy-service's named SQL classes, docs/adr/0026-one-persistence-style.md): the batch is taken
 * with {@code FOR UPDATE SKIP LOCKED}, so replicas share the work without waiting on each other. docs/performance.md,
 * "10,000 own-caseload windows closing at one instant" ({@code BreedUitzettenBenchmark}) measures it.
 */
@ApplicationScoped
public class BreedUitzetter {

    static final String SYSTEEM = "systeem";
    /** How far ahead a tick looks for the next deadline to wake up for: several ticks, so none is missed. */
    static final Duration VOORUIT = Duration.ofSeconds(5);

    private final EntityManager em;
    private final VacatureEvents events;
    private final VacatureConfig config;
    private final Clock clock;
    private final Wakeup wekker = new Wakeup("breed-uitzetten-wekker", this::wek);

    BreedUitzetter(EntityManager em, VacatureEvents events, VacatureConfig config, Clock clock) {
        this.em = em;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${wsp.vacatures.breed-uitzetten.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tik() {
        zetAllesBreedUit();
        planVolgende();
    }

    /** At a deadline: what is due now; the next wake-up only when this one found work (else the tick sets it). */
    void wek() {
        if (zetAllesBreedUit() > 0) {
            planVolgende();
        }
    }

    /** Expires, then broadcasts, everything due; returns how many it broadcast. */
    private int zetAllesBreedUit() {
        int batch = config.batchGrootte();
        while (laatVerlopen() == batch) {
            // more may be waiting
        }
        int uitgezet = 0;
        int n;
        do {
            n = zetBreedUit();
            uitgezet += n;
        } while (n == batch);
        return uitgezet;
    }

    private void planVolgende() {
        Instant nu = clock.instant();
        volgendeDeadline(nu).map(d -> Duration.between(nu, d))
                .filter(over -> over.compareTo(VOORUIT) <= 0)
                .ifPresent(over -> wekker.in(over.plusMillis(1)));
    }

    /** The earliest own-caseload deadline still to come (partial index {@code vacature_termijn}). */
    @Transactional
    Optional<Instant> volgendeDeadline(Instant nu) {
        Object volgende = em.createNativeQuery(
                        "SELECT min(eigen_bestand_tot) FROM vacature WHERE status = 'open' AND eigen_bestand_tot > ?1")
                .setParameter(1, nu).getSingleResult();
        return Optional.ofNullable(volgende).map(BreedUitzetter::instant);
    }

    private static Instant instant(Object waarde) {
        if (waarde instanceof Instant i) {
            return i;
        }
        if (waarde instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (waarde instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected deadline type " + waarde.getClass());
    }

    /** Before the persistence unit closes (as the scheduler pauses, SchedulersStoppenEerst): no more wake-ups. */
    void stop(@Observes @Priority(1) ShutdownEvent shutdown) {
        wekker.close();
    }

    /** Broadcasts up to one batch of vacancies whose window closed; returns how many. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int zetBreedUit() {
        Instant nu = clock.instant();
        List<Vacature> verstreken = em.createNativeQuery("""
                        SELECT * FROM vacature WHERE status = 'open' AND eigen_bestand_tot <= ?1
                        ORDER BY eigen_bestand_tot LIMIT ?2 FOR UPDATE SKIP LOCKED""", Vacature.class)
                .setParameter(1, nu)
                .setParameter(2, config.batchGrootte())
                .getResultList();
        List<VacatureEvents.Uitgaand> uitgaand = new ArrayList<>(verstreken.size());
        for (Vacature vacature : verstreken) {
            uitgaand.add(new VacatureEvents.Uitgaand(vacature,
                    vacature.zetBreedUit(nu, SYSTEEM, VacatureBreedUitgezet.TERMIJN_VERSTREKEN)));
        }
        events.publiceer(uitgaand);
        return verstreken.size();
    }

    /** Closes up to one batch of active vacancies whose closing date passed; returns how many. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int laatVerlopen() {
        Instant nu = clock.instant();
        LocalDate vandaag = nu.atZone(TimeSource.ZONE).toLocalDate();
        List<Vacature> verlopen = em.createNativeQuery("""
                        SELECT * FROM vacature WHERE status IN ('open', 'breed-uitgezet') AND sluitingsdatum < ?1
                        ORDER BY sluitingsdatum LIMIT ?2 FOR UPDATE SKIP LOCKED""", Vacature.class)
                .setParameter(1, vandaag)
                .setParameter(2, config.batchGrootte())
                .getResultList();
        List<VacatureEvents.Uitgaand> uitgaand = new ArrayList<>(verlopen.size());
        for (Vacature vacature : verlopen) {
            uitgaand.add(new VacatureEvents.Uitgaand(vacature, vacature.verloop(nu, SYSTEEM)));
        }
        events.publiceer(uitgaand);
        return verlopen.size();
    }
}
