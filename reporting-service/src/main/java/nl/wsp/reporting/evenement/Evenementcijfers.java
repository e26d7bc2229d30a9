package nl.wsp.reporting.evenement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.periode.Periode;

import java.util.List;

/**
 * The query of the employer-events report over the read model {@link EvenementBijwerker} keeps. One of
 * reporting-service's named SQL classes (docs/adr/0026-one-persistence-style.md): a dashboard read model counted in one
 * statement, the vacancies and placements summed per event first so that the join does not multiply the attendance.
 * An event counts in the period of its date; the vacancies collected at it and the placements on those vacancies count
 * with the event, whenever they came.
 */
@ApplicationScoped
public class Evenementcijfers {

    /** Per kind, level and sector: events, attending employers, candidates, vacancies collected, placements. */
    public record Groep(String soort, String niveau, String sector, int[] aantallen) {
    }

    private final EntityManager em;

    Evenementcijfers(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Groep> perSoort(String regio, Periode p) {
        List<Object[]> rijen = em.createNativeQuery("""
                        WITH v AS (SELECT ev.evenement_id, count(*) AS vacatures, coalesce(sum(pl.aantal), 0) AS plaatsingen
                                     FROM evenement_vacature ev LEFT JOIN plaatsingen_per_vacature pl USING (vacature_id)
                                    GROUP BY ev.evenement_id)
                        SELECT e.soort, e.niveau, e.sector, count(*), sum(e.aantal_werkgevers), sum(e.aantal_kandidaten),
                               coalesce(sum(v.vacatures), 0), coalesce(sum(v.plaatsingen), 0)
                          FROM evenement_telling e LEFT JOIN v USING (evenement_id)
                         WHERE e.regio = ?1 AND e.datum >= ?2 AND e.datum < ?3
                         GROUP BY e.soort, e.niveau, e.sector ORDER BY e.soort, e.niveau, e.sector""")
                .setParameter(1, regio).setParameter(2, p.van()).setParameter(3, p.tot())
                .getResultList();
        return rijen.stream().map(r -> {
            int[] n = new int[5];
            for (int i = 0; i < 5; i++) {
                n[i] = ((Number) r[i + 3]).intValue();
            }
            return new Groep((String) r[0], (String) r[1], (String) r[2], n);
        }).toList();
    }
}
