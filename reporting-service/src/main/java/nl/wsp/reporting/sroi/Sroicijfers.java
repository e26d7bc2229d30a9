package nl.wsp.reporting.sroi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The query of the social return report over {@link SroiBijwerker}'s read model (docs/adr/0026: reporting's named SQL
 * classes). One row per obligation of the region whose period overlaps the year, with the vacancies that name it and the
 * placements on those vacancies summed per obligation first, so the join does not multiply the amount. The placements
 * count with the obligation whenever they came: delivery is measured over the obligation's whole period.
 */
@ApplicationScoped
public class Sroicijfers {

    public record Verplichting(UUID verplichtingId, UUID werkgeverId, String aanbesteding, String opdrachtgever,
                               BigDecimal bedrag, LocalDate periodeVan, LocalDate periodeTot, String status,
                               int vacatures, int plaatsingen) {
    }

    private final EntityManager em;

    Sroicijfers(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Verplichting> lopendIn(String regio, LocalDate van, LocalDate tot) {
        List<Object[]> rijen = em.createNativeQuery("""
                        WITH v AS (SELECT sv.verplichting_id, count(*) AS vacatures, coalesce(sum(pl.aantal), 0) AS plaatsingen
                                     FROM sroi_vacature sv LEFT JOIN plaatsingen_per_vacature pl USING (vacature_id)
                                    GROUP BY sv.verplichting_id)
                        SELECT o.verplichting_id, o.werkgever_id, o.aanbesteding, o.opdrachtgever, o.bedrag, o.periode_van,
                               o.periode_tot, o.status, coalesce(v.vacatures, 0), coalesce(v.plaatsingen, 0)
                          FROM sroi_verplichting o LEFT JOIN v USING (verplichting_id)
                         WHERE o.regio = ?1 AND o.periode_van < ?3 AND o.periode_tot >= ?2
                         ORDER BY o.opdrachtgever, o.periode_van, o.verplichting_id""")
                .setParameter(1, regio).setParameter(2, van).setParameter(3, tot)
                .getResultList();
        return rijen.stream().map(r -> new Verplichting((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (BigDecimal) r[4], datum(r[5]), datum(r[6]), (String) r[7], ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue())).toList();
    }

    private static LocalDate datum(Object d) {
        return d instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) d;
    }
}
