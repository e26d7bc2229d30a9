package nl.wsp.reporting.indicatordoel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.periode.Periode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The realisation queries of the indicator report (docs/adr/0039), over read models that replay rebuilds: visits and
 * vacancies from {@code indicator_per_maand} ({@link IndicatorBijwerker}), event participants from the employer-events
 * read model {@code evenement_telling} (ADR 0031: employers plus candidates present, by the event's date and the
 * organiser's region), the NPS from {@code nps_per_ronde} (the rounds of the year: {@code meetronde} starts with it).
 * One of reporting-service's named SQL classes (ADR 0026): sums of dashboard read models; no benchmark.
 * A {@code sector} of null sums every sector.
 */
@ApplicationScoped
public class Indicatorcijfers {

    /** The NPS of some responses, and how many there were. */
    public record Nps(int score, int responsen) {
    }

    private final EntityManager em;

    Indicatorcijfers(EntityManager em) {
        this.em = em;
    }

    public int aantal(String indicator, String regio, String sector, Periode p) {
        Number n;
        if (Indicator.EVENEMENTDEELNEMERS.equals(indicator)) {
            n = (Number) em.createNativeQuery("""
                            SELECT coalesce(sum(aantal_werkgevers + aantal_kandidaten), 0) FROM evenement_telling
                             WHERE regio = ?1 AND datum >= ?2 AND datum < ?3 AND (?4 = '' OR sector = ?4)""")
                    .setParameter(1, regio).setParameter(2, p.van()).setParameter(3, p.tot())
                    .setParameter(4, sector == null ? "" : sector).getSingleResult();
        } else {
            n = (Number) em.createNativeQuery("""
                            SELECT coalesce(sum(aantal), 0) FROM indicator_per_maand
                             WHERE regio = ?1 AND indicator = ?2 AND maand >= ?3 AND maand < ?4 AND (?5 = '' OR sector = ?5)""")
                    .setParameter(1, regio).setParameter(2, indicator).setParameter(3, p.van()).setParameter(4, p.tot())
                    .setParameter(5, sector == null ? "" : sector).getSingleResult();
        }
        return n.intValue();
    }

    /**
     * The NPS over the responses of the year's measuring rounds, of the region or of the employers of one sector (the
     * sector at the time of the response); null without responses.
     */
    public Nps nps(String regio, int jaar, String sector) {
        Object[] r = (Object[]) (sector == null
                ? em.createNativeQuery("""
                        SELECT coalesce(sum(promotors), 0), coalesce(sum(passief), 0), coalesce(sum(criticasters), 0)
                          FROM nps_per_ronde WHERE regio = ?1 AND meetronde LIKE ?2""")
                .setParameter(1, regio).setParameter(2, jaar + "-%")
                : em.createNativeQuery("""
                        SELECT coalesce(sum(promotors), 0), coalesce(sum(passief), 0), coalesce(sum(criticasters), 0)
                          FROM nps_per_sector_ronde WHERE regio = ?1 AND meetronde LIKE ?2 AND sector = ?3""")
                .setParameter(1, regio).setParameter(2, jaar + "-%").setParameter(3, sector)).getSingleResult();
        int promotors = ((Number) r[0]).intValue();
        int criticasters = ((Number) r[2]).intValue();
        int totaal = promotors + ((Number) r[1]).intValue() + criticasters;
        if (totaal == 0) {
            return null;
        }
        // rounded as GET /rapportages/nps rounds a round's score
        return new Nps(BigDecimal.valueOf((promotors - criticasters) * 100L).divide(BigDecimal.valueOf(totaal), 0, RoundingMode.HALF_UP)
                .intValueExact(), totaal);
    }

    /** Whether an employer of this sector is known in the region (the employer events' read model, {@code netwerk_werkgever}). */
    @SuppressWarnings("unchecked")
    public boolean sectorBekend(String regio, String sector) {
        List<Object> rijen = em.createNativeQuery("SELECT 1 FROM netwerk_werkgever WHERE regio = ?1 AND sector = ?2 LIMIT 1")
                .setParameter(1, regio).setParameter(2, sector).getResultList();
        return !rijen.isEmpty();
    }
}
