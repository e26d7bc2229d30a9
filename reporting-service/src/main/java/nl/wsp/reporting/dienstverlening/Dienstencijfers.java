package nl.wsp.reporting.dienstverlening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.periode.Periode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query of the service report over the read model {@code diensten_per_maand} ({@link DienstenBijwerker} keeps it).
 * One of reporting-service's named SQL classes (docs/adr/0026-one-persistence-style.md): a dashboard read model of
 * monthly sums, summed per period in SQL as the dashboard queries are that docs/performance.md measures ("dashboard
 * queries over 1,000,000 placements", {@code DashboardBenchmark}; this report is not yet among its queries).
 */
@ApplicationScoped
public class Dienstencijfers {

    private final EntityManager em;

    Dienstencijfers(EntityManager em) {
        this.em = em;
    }

    /** Per service code, per sector, the contact moments of {@code regio} in {@code p}; codes and sectors in order. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Integer>> perDienstEnSector(String regio, Periode p) {
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT dienst, sector, sum(aantal) FROM diensten_per_maand
                         WHERE regio = ?1 AND maand >= ?2 AND maand < ?3 GROUP BY 1, 2 ORDER BY 1, 2""")
                .setParameter(1, regio).setParameter(2, p.van()).setParameter(3, p.tot()).getResultList();
        Map<String, Map<String, Integer>> uit = new LinkedHashMap<>();
        for (Object[] r : rijen) {
            uit.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], ((Number) r[2]).intValue());
        }
        return uit;
    }
}
