package nl.wsp.reporting.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The writes of the operational reports' facts (docs/adr/0033). Native SQL for idempotence and atomicity, not speed
 * (ADR 0026, like {@code Dienstentellers}): {@code INSERT … ON CONFLICT DO NOTHING} keeps the first copy of a fact
 * whatever else raced it, and a request's answer or flag is one {@code UPDATE} of its row. No benchmark; the exception,
 * named.
 */
@ApplicationScoped
class Werkfeiten {

    private final EntityManager em;

    Werkfeiten(EntityManager em) {
        this.em = em;
    }

    void team(UUID team, String regio, String naam) {
        em.createNativeQuery("""
                        INSERT INTO team (team_id, regio, naam) VALUES (?1, ?2, ?3)
                        ON CONFLICT (team_id) DO UPDATE SET naam = EXCLUDED.naam""")
                .setParameter(1, team).setParameter(2, regio).setParameter(3, naam).executeUpdate();
    }

    void lidmaatschap(UUID adviseur, Instant vanaf, UUID team, String regio) {
        em.createNativeQuery("""
                        INSERT INTO team_lidmaatschap (adviseur_id, ingedeeld_op, team_id, regio) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, adviseur).setParameter(2, vanaf).setParameter(3, team).setParameter(4, regio).executeUpdate();
    }

    void vacature(UUID vacature, String regio, UUID accountmanager, String partner, Instant geopendOp) {
        em.createNativeQuery("""
                        INSERT INTO werk_vacature (vacature_id, regio, accountmanager_id, accountmanager_partner, geopend_op)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, vacature).setParameter(2, regio).setParameter(3, accountmanager).setParameter(4, partner)
                .setParameter(5, geopendOp).executeUpdate();
    }

    void contactmoment(UUID contactmoment, String regio, UUID werkgever, UUID adviseur, String soort, LocalDate datum,
                       boolean anderePartner, LocalDate vervolgUiterlijk, Instant geregistreerdOp) {
        em.createNativeQuery("""
                        INSERT INTO werk_contactmoment (contactmoment_id, regio, werkgever_id, adviseur_id, soort, datum,
                                                        andere_partner, vervolg_uiterlijk, geregistreerd_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS date), ?9) ON CONFLICT DO NOTHING""")
                .setParameter(1, contactmoment).setParameter(2, regio).setParameter(3, werkgever).setParameter(4, adviseur)
                .setParameter(5, soort).setParameter(6, datum).setParameter(7, anderePartner)
                .setParameter(8, vervolgUiterlijk == null ? null : vervolgUiterlijk.toString()).setParameter(9, geregistreerdOp)
                .executeUpdate();
    }

    void contactverzoekOntvangen(UUID verzoek, String regio, UUID adviseur, Instant ontvangenOp) {
        em.createNativeQuery("""
                        INSERT INTO werk_contactverzoek (contactverzoek_id, regio, adviseur_id, ontvangen_op)
                        VALUES (?1, ?2, CAST(?3 AS uuid), ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, verzoek).setParameter(2, regio).setParameter(3, adviseur == null ? null : adviseur.toString())
                .setParameter(4, ontvangenOp)
                .executeUpdate();
    }

    /** The request was answered; a request answered after its flag stays one answered late (the one definition). */
    void contactverzoekBeantwoord(UUID verzoek, boolean binnenTermijn) {
        em.createNativeQuery("UPDATE werk_contactverzoek SET beantwoord = true, binnen_termijn = ?2 WHERE contactverzoek_id = ?1")
                .setParameter(1, verzoek).setParameter(2, binnenTermijn).executeUpdate();
    }

    /** The 24 hours passed unanswered; the adviser it is assigned to then is the one it counts for. */
    void contactverzoekVerstreken(UUID verzoek, UUID toegewezenAan) {
        em.createNativeQuery("""
                        UPDATE werk_contactverzoek SET termijn_verstreken = true, adviseur_id = coalesce(CAST(?2 AS uuid), adviseur_id)
                         WHERE contactverzoek_id = ?1""")
                .setParameter(1, verzoek).setParameter(2, toegewezenAan == null ? null : toegewezenAan.toString()).executeUpdate();
    }

    void plaatsing(UUID plaatsing, UUID vacature, String regio, String partner, LocalDate startdatum) {
        em.createNativeQuery("""
                        INSERT INTO werk_plaatsing (plaatsing_id, vacature_id, regio, partner, startdatum)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, plaatsing).setParameter(2, vacature).setParameter(3, regio).setParameter(4, partner)
                .setParameter(5, startdatum).executeUpdate();
    }
}
