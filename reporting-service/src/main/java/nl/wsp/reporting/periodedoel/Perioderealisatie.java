package nl.wsp.reporting.periodedoel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.periode.Periode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly placement counts of a region's year, from the realisation read models the placement events fill
 * ({@code plaatsingen_per_gemeente}, {@code plaatsingen_per_partner}): the same counters the yearly realisation sums,
 * so month, quarter and year can never disagree. Native SQL (ADR 0026, named in ArchitectuurTest): a grouped sum over
 * one index range of the region's months, as {@code Rapportages}' dashboard queries.
 */
@ApplicationScoped
class Perioderealisatie {

    /** One counter group of one month: by municipality or by partner ({@code wie}), main target group and the two flags. */
    record Telling(LocalDate maand, String wie, String doelgroep, boolean metIba, boolean banenafspraak, int aantal) {
    }

    private final EntityManager em;

    Perioderealisatie(EntityManager em) {
        this.em = em;
    }

    List<Telling> perGemeente(String regio, Periode p) {
        return tellingen("""
                SELECT maand, gemeente, doelgroep, met_iba, banenafspraak, sum(aantal) FROM plaatsingen_per_gemeente
                 WHERE regio = ?1 AND maand >= ?2 AND maand < ?3 GROUP BY 1, 2, 3, 4, 5""", regio, p, List.of());
    }

    List<Telling> perPartner(String regio, Periode p, List<String> partners) {
        if (partners.isEmpty()) {
            return List.of();
        }
        return tellingen("""
                SELECT maand, partner, doelgroep, met_iba, banenafspraak, sum(aantal) FROM plaatsingen_per_partner
                 WHERE partner IN (?4) AND regio = ?1 AND maand >= ?2 AND maand < ?3 GROUP BY 1, 2, 3, 4, 5""", regio, p, partners);
    }

    @SuppressWarnings("unchecked")
    private List<Telling> tellingen(String sql, String regio, Periode p, List<String> partners) {
        var query = em.createNativeQuery(sql).setParameter(1, regio).setParameter(2, p.van()).setParameter(3, p.tot());
        if (!partners.isEmpty()) {
            query.setParameter(4, partners);
        }
        List<Telling> uitkomst = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            uitkomst.add(new Telling(datum(r[0]), (String) r[1], (String) r[2], (Boolean) r[3], (Boolean) r[4], ((Number) r[5]).intValue()));
        }
        return uitkomst;
    }

    private static LocalDate datum(Object waarde) {
        if (waarde instanceof LocalDate d) {
            return d;
        }
        if (waarde instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + waarde.getClass());
    }
}
