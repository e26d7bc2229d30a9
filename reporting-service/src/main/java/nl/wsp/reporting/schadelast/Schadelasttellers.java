package nl.wsp.reporting.schadelast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.periode.Periode;

import java.time.LocalDate;
import java.util.List;

/**
 * The benefit-cost read models: upserts that raise one counter (ADR 0026: atomic in one statement, for atomicity, not
 * speed, as Realisatietellers) and the grouped sums of a region's start months for the report.
 */
@ApplicationScoped
class Schadelasttellers {

    private final EntityManager em;

    Schadelasttellers(EntityManager em) {
        this.em = em;
    }

    void telPlaatsing(String regio, LocalDate startmaand, String partner, String doelgroep) {
        em.createNativeQuery("""
                        INSERT INTO schadelast_plaatsingen AS t (regio, startmaand, partner, doelgroep, aantal) VALUES (?1, ?2, ?3, ?4, 1)
                        ON CONFLICT (regio, startmaand, partner, doelgroep) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, regio).setParameter(2, startmaand).setParameter(3, partner).setParameter(4, doelgroep)
                .executeUpdate();
    }

    void telBeeindiging(String regio, LocalDate startmaand, String partner, String doelgroep, int duurMaanden) {
        em.createNativeQuery("""
                        INSERT INTO schadelast_beeindigingen AS t (regio, startmaand, partner, doelgroep, duur_maanden, aantal)
                        VALUES (?1, ?2, ?3, ?4, ?5, 1)
                        ON CONFLICT (regio, startmaand, partner, doelgroep, duur_maanden) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, regio).setParameter(2, startmaand).setParameter(3, partner).setParameter(4, doelgroep)
                .setParameter(5, duurMaanden)
                .executeUpdate();
    }

    /** (start month, partner, target group, placements). */
    @SuppressWarnings("unchecked")
    List<Object[]> plaatsingen(String regio, Periode p) {
        return em.createNativeQuery("""
                        SELECT startmaand, partner, doelgroep, sum(aantal) FROM schadelast_plaatsingen
                         WHERE regio = ?1 AND startmaand >= ?2 AND startmaand < ?3 GROUP BY 1, 2, 3""")
                .setParameter(1, regio).setParameter(2, p.van()).setParameter(3, p.tot()).getResultList();
    }

    /** (start month, partner, target group, ended placements, their months summed). */
    @SuppressWarnings("unchecked")
    List<Object[]> beeindigingen(String regio, Periode p) {
        return em.createNativeQuery("""
                        SELECT startmaand, partner, doelgroep, sum(aantal), sum(aantal * duur_maanden) FROM schadelast_beeindigingen
                         WHERE regio = ?1 AND startmaand >= ?2 AND startmaand < ?3 GROUP BY 1, 2, 3""")
                .setParameter(1, regio).setParameter(2, p.van()).setParameter(3, p.tot()).getResultList();
    }
}
