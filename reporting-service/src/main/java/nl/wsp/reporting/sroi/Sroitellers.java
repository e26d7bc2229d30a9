package nl.wsp.reporting.sroi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The native statements of the social return read model. Native SQL for atomicity, not speed (ADR 0026, like
 * {@code Evenementtellers}): {@code INSERT … ON CONFLICT} creates or replaces a row in one statement, so an obligation's
 * change and a vacancy's link neither fail on the primary key nor depend on which arrived first. No benchmark; the
 * exception, named.
 */
@ApplicationScoped
class Sroitellers {

    private final EntityManager em;

    Sroitellers(EntityManager em) {
        this.em = em;
    }

    /** The obligation as its latest event describes it. */
    void verplichting(UUID id, UUID werkgever, String regio, String aanbesteding, String opdrachtgever, BigDecimal bedrag,
                      LocalDate van, LocalDate tot, String status) {
        em.createNativeQuery("""
                        INSERT INTO sroi_verplichting (verplichting_id, werkgever_id, regio, aanbesteding, opdrachtgever, bedrag,
                                                       periode_van, periode_tot, status)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        ON CONFLICT (verplichting_id) DO UPDATE SET werkgever_id = EXCLUDED.werkgever_id, regio = EXCLUDED.regio,
                            aanbesteding = EXCLUDED.aanbesteding, opdrachtgever = EXCLUDED.opdrachtgever, bedrag = EXCLUDED.bedrag,
                            periode_van = EXCLUDED.periode_van, periode_tot = EXCLUDED.periode_tot, status = EXCLUDED.status""")
                .setParameter(1, id).setParameter(2, werkgever).setParameter(3, regio).setParameter(4, aanbesteding)
                .setParameter(5, opdrachtgever).setParameter(6, bedrag).setParameter(7, van).setParameter(8, tot)
                .setParameter(9, status).executeUpdate();
    }

    void vacatureVoor(UUID vacature, UUID verplichting) {
        em.createNativeQuery("""
                        INSERT INTO sroi_vacature (vacature_id, verplichting_id) VALUES (?1, ?2)
                        ON CONFLICT (vacature_id) DO UPDATE SET verplichting_id = EXCLUDED.verplichting_id""")
                .setParameter(1, vacature).setParameter(2, verplichting).executeUpdate();
    }

    void vacatureVoorGeen(UUID vacature) {
        em.createNativeQuery("DELETE FROM sroi_vacature WHERE vacature_id = ?1").setParameter(1, vacature).executeUpdate();
    }
}
