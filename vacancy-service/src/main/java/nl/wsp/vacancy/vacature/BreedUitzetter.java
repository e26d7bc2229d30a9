package nl.wsp.vacancy.vacature;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The durable timer. Every tick it takes the open vacancies whose own-caseload deadline passed, with
 * {@code FOR UPDATE SKIP LOCKED}, flips them to breed-uitgezet and appends the event in the same transaction:
 * exactly one broadcast per vacancy with any number of replicas, and a crash before the commit leaves the vacancy open
 * for the next tick. The deadline lives in the row, so after downtime the first tick fires everything overdue.
 * Vacancies past their closing date expire first: a broadcast of a closed vacancy helps nobody.
 */
@ApplicationScoped
public class BreedUitzetter {

    static final String SYSTEEM = "systeem";

    private final EntityManager em;
    private final VacatureEvents events;
    private final VacatureConfig config;
    private final Clock clock;

    BreedUitzetter(EntityManager em, VacatureEvents events, VacatureConfig config, Clock clock) {
        this.em = em;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${wsp.vacatures.breed-uitzetten.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tik() {
        int batch = config.batchGrootte();
        while (laatVerlopen() == batch) {
            // more may be waiting
        }
        while (zetBreedUit() == batch) {
            // more may be waiting
        }
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
        LocalDate vandaag = nu.atZone(Vacature.TIJDZONE).toLocalDate();
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
