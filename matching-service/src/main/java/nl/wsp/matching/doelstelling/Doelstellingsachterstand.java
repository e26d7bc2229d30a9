package nl.wsp.matching.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.time.TimeSource;

import nl.wsp.matching.matchen.regels.Prioriteitsregels;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * What either version's solidarity rule reads today: v1's lag per partner, and v2's targets whose span holds today
     * (an empty string stands for an empty array: string_to_array gives {} for it).
     */
    @SuppressWarnings("unchecked")
    public Prioriteitsregels.Solidariteit solidariteit() {
        LocalDate vandaag = TimeSource.vandaag(clock);
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT array_to_string(partners, '|'), array_to_string(gemeenten, '|'), doelgroep, van_jaar, tot_jaar, doel,
                               gerealiseerd
                          FROM doelstelling_voortgang WHERE van_jaar <= ?1 AND tot_jaar >= ?1""")
                .setParameter(1, vandaag.getYear()).getResultList();
        List<Prioriteitsregels.Doelstand> doelstanden = new ArrayList<>();
        for (Object[] r : rijen) {
            doelstanden.add(new Prioriteitsregels.Doelstand(lijst((String) r[0]), lijst((String) r[1]), (String) r[2],
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue()));
        }
        return new Prioriteitsregels.Solidariteit(achterstandDitJaar(), doelstanden, vandaag);
    }

    private static Set<String> lijst(String waarden) {
        return waarden == null || waarden.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(waarden.split("\\|")));
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
