package nl.wsp.matching.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.time.TimeSource;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far each partner lags behind its placement target this year (rule 7, the solidarity tie-break): the read model
 * that {@link DoelstellingStatusConsumer} keeps. "This year" is the calendar year in {@link TimeSource#ZONE}: at
 * 23:30 UTC on 31 December it is already the next year in the region.
 */
@ApplicationScoped
public class Doelstellingsachterstand {

    private final EntityManager em;
    private final Clock clock;

    Doelstellingsachterstand(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Per partner code: expected-by-now minus realised placements in the current year (absent: unknown). */
    @SuppressWarnings("unchecked")
    public Map<String, Double> achterstandDitJaar() {
        int jaar = TimeSource.vandaag(clock).getYear();
        List<Object[]> rijen = em.createNativeQuery("SELECT partner, achterstand FROM doelstelling_status WHERE jaar = ?1")
                .setParameter(1, jaar).getResultList();
        Map<String, Double> lag = new HashMap<>();
        rijen.forEach(r -> lag.put((String) r[0], ((Number) r[1]).doubleValue()));
        return lag;
    }
}
