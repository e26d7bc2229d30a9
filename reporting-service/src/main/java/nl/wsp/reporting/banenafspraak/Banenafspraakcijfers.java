package nl.wsp.reporting.banenafspraak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.reporting.banenafspraak.Banenafspraakbalans.Telling;
import nl.wsp.reporting.banenafspraak.api.BanenafspraakPerSector;
import nl.wsp.reporting.referentie.Regios;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query of the Banenafspraak report per quarter and sector over the read model {@code banenafspraak_banen_per_maand}
 * ({@link BanenafspraakBijwerker} keeps it); the rules are {@link Banenafspraakbalans}'. One of reporting-service's named
 * SQL classes (docs/adr/0026-one-persistence-style.md): monthly sums of one region, summed per quarter and sector in SQL as
 * the dashboard queries are that docs/performance.md measures (this report is not yet among them).
 */
@ApplicationScoped
public class Banenafspraakcijfers {

    private final EntityManager em;
    private final NulmetingRepository nulmetingen;
    private final Regios regios;
    private final Clock clock;

    Banenafspraakcijfers(EntityManager em, NulmetingRepository nulmetingen, Regios regios, Clock clock) {
        this.em = em;
        this.nulmetingen = nulmetingen;
        this.regios = regios;
        this.clock = clock;
    }

    /**
     * From the first quarter after the earliest baseline (or of the first job, if earlier) through the current quarter (or
     * the last with a job, if later); {@code vanJaar} and {@code totJaar} narrow what is shown, never what is counted.
     */
    @SuppressWarnings("unchecked")
    public BanenafspraakPerSector perKwartaal(String regio, Integer vanJaar, Integer totJaar) {
        regios.vereist(regio);
        List<Object[]> rijen = em.createNativeQuery("""
                        SELECT sector, extract(year FROM maand)::int * 4 + extract(quarter FROM maand)::int - 1, sum(gewonnen), sum(verloren)
                          FROM banenafspraak_banen_per_maand WHERE regio = ?1 GROUP BY 1, 2""")
                .setParameter(1, regio).getResultList();
        Map<String, Map<Integer, Telling>> tellingen = new LinkedHashMap<>();
        int eerste = Integer.MAX_VALUE;
        int laatste = Banenafspraakbalans.kwartaal(TimeSource.vandaag(clock));
        for (Object[] r : rijen) {
            int q = ((Number) r[1]).intValue();
            tellingen.computeIfAbsent((String) r[0], s -> new LinkedHashMap<>())
                    .put(q, new Telling(((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
            eerste = Math.min(eerste, q);
            laatste = Math.max(laatste, q);
        }
        List<Nulmeting> basis = nulmetingen.vanRegio(regio);
        Map<String, Nulmeting> perSector = new LinkedHashMap<>();
        for (Nulmeting n : basis) {
            perSector.put(n.sector(), n);
            eerste = Math.min(eerste, Banenafspraakbalans.kwartaal(n.peildatum()) + 1);
        }
        if (eerste == Integer.MAX_VALUE) {
            return Banenafspraakbalans.rapport(regio, basis, List.of());
        }
        int van = vanJaar == null ? eerste : Math.max(eerste, vanJaar * 4);
        int tot = totJaar == null ? laatste : totJaar * 4 + 3;
        return Banenafspraakbalans.rapport(regio, basis, Banenafspraakbalans.bereken(tellingen, perSector, van, tot));
    }
}
