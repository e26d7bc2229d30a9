package nl.wsp.reporting.kandidatenpool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * The native statements of the candidate pool and the fairness monitor (docs/adr/0043). Native SQL for atomicity (ADR
 * 0026, like {@code Sroitellers}): {@code INSERT … ON CONFLICT … DO UPDATE} adds to a counter in one statement, and the
 * partner's pool is replaced (delete, then insert) in the transaction of the event; and for the reports' grouped sums
 * over those counters. No benchmark; the exception, named.
 */
@ApplicationScoped
class Kandidatenpooltellers {

    /** One row of a grouped sum: the value of the grouping column and its count. */
    record Som(String code, int aantal) {
    }

    /** A counter of the fairness monitor: main target group, Banenafspraak, age band. */
    record Kenmerk(String hoofddoelgroep, boolean banenafspraak, String leeftijdsband, int aantal) {
    }

    private final EntityManager em;

    Kandidatenpooltellers(EntityManager em) {
        this.em = em;
    }

    void vergeetPool(String partner) {
        em.createNativeQuery("DELETE FROM kandidatenpool_cel WHERE partner = ?1").setParameter(1, partner).executeUpdate();
    }

    void telPool(String partner, String regio, String gemeente, String hoofddoelgroep, boolean banenafspraak, String band,
                 int aantal) {
        em.createNativeQuery("""
                        INSERT INTO kandidatenpool_cel (partner, regio, gemeente, hoofddoelgroep, banenafspraak, leeftijdsband, aantal)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (partner, gemeente, hoofddoelgroep, banenafspraak, leeftijdsband)
                        DO UPDATE SET aantal = kandidatenpool_cel.aantal + EXCLUDED.aantal, regio = EXCLUDED.regio""")
                .setParameter(1, partner).setParameter(2, regio).setParameter(3, gemeente).setParameter(4, hoofddoelgroep)
                .setParameter(5, banenafspraak).setParameter(6, band).setParameter(7, aantal).executeUpdate();
    }

    void telVoordracht(String regio, int jaar, String hoofddoelgroep, boolean banenafspraak, String band) {
        tel("eerlijkheid_voordracht", regio, jaar, hoofddoelgroep, banenafspraak, band);
    }

    void telPlaatsing(String regio, int jaar, String hoofddoelgroep, boolean banenafspraak, String band) {
        tel("eerlijkheid_plaatsing", regio, jaar, hoofddoelgroep, banenafspraak, band);
    }

    /** {@code tabel} is one of the two constants above, never client input. */
    private void tel(String tabel, String regio, int jaar, String hoofddoelgroep, boolean banenafspraak, String band) {
        em.createNativeQuery("INSERT INTO " + tabel + " (regio, jaar, hoofddoelgroep, banenafspraak, leeftijdsband, aantal) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, 1) ON CONFLICT (regio, jaar, hoofddoelgroep, banenafspraak, leeftijdsband) "
                        + "DO UPDATE SET aantal = " + tabel + ".aantal + 1")
                .setParameter(1, regio).setParameter(2, jaar).setParameter(3, hoofddoelgroep).setParameter(4, banenafspraak)
                .setParameter(5, band).executeUpdate();
    }

    /** The region's pool summed by partner, municipality (as stored) or main target group. */
    List<Som> poolPer(String regio, Indeling indeling) {
        return sommen("SELECT " + indeling.kolom + ", sum(aantal) FROM kandidatenpool_cel WHERE regio = ?1 GROUP BY 1 ORDER BY 1",
                regio);
    }

    /** The region's pool per main target group, Banenafspraak and age band. */
    List<Kenmerk> poolKenmerken(String regio) {
        return kenmerken("""
                SELECT hoofddoelgroep, banenafspraak, leeftijdsband, sum(aantal) FROM kandidatenpool_cel WHERE regio = ?1
                GROUP BY 1, 2, 3""", regio, null);
    }

    List<Kenmerk> voordrachten(String regio, int jaar) {
        return kenmerken("""
                SELECT hoofddoelgroep, banenafspraak, leeftijdsband, aantal FROM eerlijkheid_voordracht
                WHERE regio = ?1 AND jaar = ?2""", regio, jaar);
    }

    List<Kenmerk> plaatsingen(String regio, int jaar) {
        return kenmerken("""
                SELECT hoofddoelgroep, banenafspraak, leeftijdsband, aantal FROM eerlijkheid_plaatsing
                WHERE regio = ?1 AND jaar = ?2""", regio, jaar);
    }

    @SuppressWarnings("unchecked")
    private List<Som> sommen(String sql, String regio) {
        List<Object[]> rijen = em.createNativeQuery(sql).setParameter(1, regio).getResultList();
        return rijen.stream().map(r -> new Som((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Kenmerk> kenmerken(String sql, String regio, Integer jaar) {
        var query = em.createNativeQuery(sql).setParameter(1, regio);
        if (jaar != null) {
            query.setParameter(2, jaar);
        }
        List<Object[]> rijen = query.getResultList();
        return rijen.stream().map(r -> new Kenmerk((String) r[0], Boolean.TRUE.equals(r[1]), (String) r[2],
                ((Number) r[3]).intValue())).toList();
    }

    /** The grouping columns of the pool report; constants, never client input. */
    enum Indeling {
        PARTNER("partner"), GEMEENTE("gemeente"), DOELGROEP("hoofddoelgroep");

        final String kolom;

        Indeling(String kolom) {
            this.kolom = kolom;
        }
    }
}
