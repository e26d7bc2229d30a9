package nl.wsp.reporting.netwerk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.periode.Periode;

import java.util.List;

/**
 * The query of the network report over the read model {@link NetwerkBijwerker} keeps (employers, contact moments and
 * vacancies per month). One of reporting-service's named SQL classes (docs/adr/0026-one-persistence-style.md): a
 * dashboard read model counted in one statement with CTEs and {@code FILTER}, as the dashboard queries are that
 * docs/performance.md measures ("dashboard queries over 1,000,000 placements", {@code DashboardBenchmark}; this report
 * is not yet among its queries).
 */
@ApplicationScoped
public class Netwerkcijfers {

    /** Regular contact: at least this many contact moments in the 12 months up to the end of the period. */
    static final int REGELMATIG = 2;

    /** Per sector: known, with regular contact, with vacancies in the period, key accounts, ambassadors. */
    public record Sector(String sector, int[] aantallen) {
    }

    private final EntityManager em;

    Netwerkcijfers(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Sector> perSector(String regio, Periode p) {
        List<Object[]> rijen = em.createNativeQuery("""
                        WITH w AS (SELECT werkgever_id, sector, key_account, smaakmaker FROM netwerk_werkgever
                                    WHERE regio = ?1 AND bekend_sinds < ?3),
                             c AS (SELECT werkgever_id FROM netwerk_contacten_per_maand
                                    WHERE maand >= ?4 AND maand < ?3 GROUP BY 1 HAVING sum(aantal) >= ?5),
                             v AS (SELECT DISTINCT werkgever_id FROM netwerk_vacatures_per_maand WHERE maand >= ?2 AND maand < ?3)
                        SELECT w.sector, count(*), count(c.werkgever_id), count(v.werkgever_id),
                               count(*) FILTER (WHERE w.key_account), count(*) FILTER (WHERE w.smaakmaker)
                          FROM w LEFT JOIN c USING (werkgever_id) LEFT JOIN v USING (werkgever_id)
                         GROUP BY w.sector ORDER BY w.sector""")
                .setParameter(1, regio).setParameter(2, p.van()).setParameter(3, p.tot())
                .setParameter(4, p.tot().minusMonths(12)).setParameter(5, REGELMATIG)
                .getResultList();
        return rijen.stream().map(r -> {
            int[] n = new int[5];
            for (int i = 0; i < 5; i++) {
                n[i] = ((Number) r[i + 1]).intValue();
            }
            return new Sector((String) r[0], n);
        }).toList();
    }
}
