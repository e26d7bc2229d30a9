package nl.wsp.matching.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.time.TimeSource;

import nl.wsp.matching.matchen.regels.Prioriteitsregels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each partner lags behind its placement target this year (rule 7, the solidarity tie-break): the read model
 * that {@link DoelstellingStatusConsumer} keeps. "This year" is the calendar year in {@link TimeSource#ZONE}: at
 * 23:30 UTC on 31 December it is already the next year in the region. The lag is a phase of every match call that
 * {@code MatchBenchmark} times ("the fixed cost of a match call", docs/performance.md): one JPQL projection, the same
 * single query the native SQL was, over the read-only {@link Partnerachterstand}.
 */
@ApplicationScoped
public class Doelstellingsachterstand {

    private final EntityManager em;
    private final Clock clock;

    Doelstellingsachterstand(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** What either version's solidarity rule reads today: v1's lag per partner, and v2's targets whose span holds today. */
    public Prioriteitsregels.Solidariteit solidariteit() {
        LocalDate vandaag = TimeSource.vandaag(clock);
        List<Prioriteitsregels.Doelstand> doelstanden = em.createQuery(
                        "select v from Doelstellingvoortgang v where v.vanJaar <= :jaar and v.totJaar >= :jaar", Doelstellingvoortgang.class)
                .setParameter("jaar", vandaag.getYear()).getResultList().stream().map(Doelstellingvoortgang::doelstand).toList();
        return new Prioriteitsregels.Solidariteit(achterstandDitJaar(), doelstanden, vandaag);
    }

    /** Per partner code: expected-by-now minus realised placements in the current year (absent: unknown). */
    public Map<String, Double> achterstandDitJaar() {
        int jaar = TimeSource.vandaag(clock).getYear();
        List<Object[]> rijen = em.createQuery("select a.partner, a.achterstand from Partnerachterstand a where a.jaar = :jaar", Object[].class)
                .setParameter("jaar", jaar).getResultList();
        Map<String, Double> lag = new HashMap<>();
        rijen.forEach(r -> lag.put((String) r[0], ((Number) r[1]).doubleValue()));
        return lag;
    }
}
