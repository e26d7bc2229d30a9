package nl.wsp.matching.vacature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The writes of this service's copy of the vacancies ({@link Vacature}), from vacancy-service's events. The opening or
 * change is native SQL not for speed but for atomicity (ADR 0026, beside vacancy's {@code Idempotentiesleutels}):
 * {@code INSERT … ON CONFLICT DO UPDATE … WHERE status = 'open'} creates or refreshes the row in one statement, so a
 * vacancy's first event never fails on the primary key and a closed vacancy is never reopened by a late change, which a
 * look-up before {@code persist} could not promise. No benchmark; the exception, named. Closing is JPQL.
 */
@ApplicationScoped
class Vacatureopslag {

    private final EntityManager em;
    private final Clock clock;

    Vacatureopslag(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** An opened or changed vacancy; {@code breedUitgezet} once set stays set. A closed vacancy does not change. */
    void bewaar(VacatureV1 v, boolean breedUitgezet) {
        em.createNativeQuery("""
                        INSERT INTO vacature (id, werkgever_id, accountmanager_partner, titel, esco_beroep, vereiste_vaardigheden,
                            gewenste_vaardigheden, uren_per_week, werklocatie_gemeente, regio, opleidingsniveau, rijbewijs_vereist,
                            eigen_bestand_tot, breed_uitgezet, status, bijgewerkt_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, cast(?6 AS text[]), cast(?7 AS text[]), ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'open', ?15)
                        ON CONFLICT (id) DO UPDATE SET werkgever_id = EXCLUDED.werkgever_id,
                            accountmanager_partner = EXCLUDED.accountmanager_partner, titel = EXCLUDED.titel,
                            esco_beroep = EXCLUDED.esco_beroep, vereiste_vaardigheden = EXCLUDED.vereiste_vaardigheden,
                            gewenste_vaardigheden = EXCLUDED.gewenste_vaardigheden, uren_per_week = EXCLUDED.uren_per_week,
                            werklocatie_gemeente = EXCLUDED.werklocatie_gemeente, regio = EXCLUDED.regio,
                            opleidingsniveau = EXCLUDED.opleidingsniveau, rijbewijs_vereist = EXCLUDED.rijbewijs_vereist,
                            eigen_bestand_tot = EXCLUDED.eigen_bestand_tot,
                            breed_uitgezet = vacature.breed_uitgezet OR EXCLUDED.breed_uitgezet,
                            bijgewerkt_op = EXCLUDED.bijgewerkt_op
                        WHERE vacature.status = 'open'""")
                .setParameter(1, v.vacatureId())
                .setParameter(2, v.werkgeverId())
                .setParameter(3, v.accountmanagerPartner())
                .setParameter(4, v.titel())
                .setParameter(5, v.escoBeroep())
                .setParameter(6, lijst(v.vereisteVaardigheden()))
                .setParameter(7, lijst(v.gewensteVaardigheden()))
                .setParameter(8, v.urenPerWeek())
                .setParameter(9, v.werklocatieGemeente())
                .setParameter(10, v.regio())
                .setParameter(11, v.opleidingsniveau())
                .setParameter(12, Boolean.TRUE.equals(v.rijbewijsVereist()))
                .setParameter(13, v.eigenBestandTot() == null ? null : OffsetDateTime.ofInstant(v.eigenBestandTot(), ZoneOffset.UTC))
                .setParameter(14, breedUitgezet)
                .setParameter(15, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** A filled, withdrawn or expired vacancy; one this service never saw opened stays unknown. */
    void sluit(UUID id, String status) {
        em.createQuery("update Vacature v set v.status = :status, v.bijgewerktOp = :nu where v.id = :id")
                .setParameter("status", status)
                .setParameter("nu", clock.instant())
                .setParameter("id", id)
                .executeUpdate();
    }

    private static String[] lijst(List<String> waarden) {
        return waarden == null ? new String[0] : waarden.toArray(String[]::new);
    }
}
