package nl.wsp.reporting.evenement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The native statements of the employer-events read model. Native SQL for atomicity, not speed (ADR 0026, like
 * {@code Netwerktellers}): {@code INSERT … ON CONFLICT} creates or changes a row in one statement, so an attendance
 * that arrives before its event (it cannot on one topic, but the statement does not rely on it) and two placements of
 * one vacancy neither fail on the primary key nor lose a count. No benchmark; the exception, named.
 */
@ApplicationScoped
class Evenementtellers {

    private final EntityManager em;

    Evenementtellers(EntityManager em) {
        this.em = em;
    }

    void kenEvenement(UUID id, String regio, String soort, String niveau, String sector, LocalDate datum) {
        em.createNativeQuery("""
                        INSERT INTO evenement_telling AS t (evenement_id, regio, soort, niveau, sector, datum)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (evenement_id) DO UPDATE SET regio = EXCLUDED.regio, soort = EXCLUDED.soort,
                            niveau = EXCLUDED.niveau, sector = EXCLUDED.sector, datum = EXCLUDED.datum""")
                .setParameter(1, id).setParameter(2, regio).setParameter(3, soort).setParameter(4, niveau)
                .setParameter(5, sector).setParameter(6, datum).executeUpdate();
    }

    /** The attendance replaces the previous one: the event's latest counts. */
    void aanwezigheid(UUID id, int werkgevers, int kandidaten) {
        em.createNativeQuery("""
                        INSERT INTO evenement_telling AS t (evenement_id, aantal_werkgevers, aantal_kandidaten)
                        VALUES (?1, ?2, ?3)
                        ON CONFLICT (evenement_id) DO UPDATE SET aantal_werkgevers = EXCLUDED.aantal_werkgevers,
                            aantal_kandidaten = EXCLUDED.aantal_kandidaten""")
                .setParameter(1, id).setParameter(2, werkgevers).setParameter(3, kandidaten).executeUpdate();
    }

    void vacatureVan(UUID vacature, UUID evenement) {
        em.createNativeQuery("""
                        INSERT INTO evenement_vacature (vacature_id, evenement_id) VALUES (?1, ?2)
                        ON CONFLICT (vacature_id) DO UPDATE SET evenement_id = EXCLUDED.evenement_id""")
                .setParameter(1, vacature).setParameter(2, evenement).executeUpdate();
    }

    void vacatureVanGeen(UUID vacature) {
        em.createNativeQuery("DELETE FROM evenement_vacature WHERE vacature_id = ?1").setParameter(1, vacature).executeUpdate();
    }

    void plaatsing(UUID vacature) {
        em.createNativeQuery("""
                        INSERT INTO plaatsingen_per_vacature AS t (vacature_id, aantal) VALUES (?1, 1)
                        ON CONFLICT (vacature_id) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, vacature).executeUpdate();
    }
}
