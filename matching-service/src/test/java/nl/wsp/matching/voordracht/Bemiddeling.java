package nl.wsp.matching.voordracht;

import nl.wsp.matching.TestBellers;
import nl.wsp.matching.TestPartners;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Tokens;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test fixture: vacancy and candidate rows inserted natively, as the vacancy consumer and the intake store them,
 * and the proposal calls the tests make.
 */
public final class Bemiddeling {

    private final EntityManager em;

    public Bemiddeling(EntityManager em) {
        this.em = em;
    }

    /** An open vacancy of {@code accountmanagerPartner}, in its own-caseload window until {@code eigenBestandTot}. */
    public UUID vacature(String accountmanagerPartner, String regio, Instant eigenBestandTot, boolean breedUitgezet, String status) {
        TestPartners.bekend(em, accountmanagerPartner, regio); // a known partner, as the partner events would have it
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO vacature (id, werkgever_id, accountmanager_partner, titel, esco_beroep, uren_per_week,
                                              werklocatie_gemeente, regio, eigen_bestand_tot, breed_uitgezet, status, bijgewerkt_op)
                        VALUES (?1, ?2, ?3, 'Orderpicker', 'http://data.europa.eu/esco/occupation/orderpicker', 32,
                                'Amersfoort', ?4, cast(?5 AS timestamptz), ?6, ?7, now())""")
                .setParameter(1, id).setParameter(2, UUID.randomUUID()).setParameter(3, accountmanagerPartner)
                .setParameter(4, regio).setParameter(5, eigenBestandTot == null ? null : eigenBestandTot.toString())
                .setParameter(6, breedUitgezet).setParameter(7, status)
                .executeUpdate());
        return id;
    }

    /** A candidate as the intake stores it, with a name only its owner (and, after a hire, the proposer) may see. */
    public UUID kandidaat(String partner, String woongemeente, String status, String... doelgroepen) {
        TestBellers.partner(partner);
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO kandidaat (id, partner, referentie, status, woongemeente, doelgroepen, persoonsgegevens,
                                               volledigheid, ontbrekende_velden, aangemaakt_op, gewijzigd_op)
                        VALUES (?1, ?2, ?3, ?4, ?5, string_to_array(?6, ','), cast(?7 AS jsonb), 80, ARRAY[]::text[], now(), now())""")
                .setParameter(1, id).setParameter(2, partner).setParameter(3, "ref-" + id).setParameter(4, status)
                .setParameter(5, woongemeente).setParameter(6, String.join(",", doelgroepen))
                .setParameter(7, "{\"naam\": {\"voornaam\": \"Fatima\", \"achternaam\": \"El Amrani\"}, "
                        + "\"contact\": {\"email\": \"f.elamrani@example.nl\"}}")
                .executeUpdate());
        return id;
    }

    public static ValidatableResponse draagVoor(String partner, UUID vacature, UUID kandidaat) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON)
                .body("{\"vacatureId\": \"%s\", \"kandidaatId\": \"%s\"}".formatted(vacature, kandidaat))
                .when().post("/api/v1/voordrachten").then();
    }

    public static ValidatableResponse uitkomst(String partner, String voordracht, String body) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/voordrachten/{id}/uitkomst", voordracht).then();
    }

    public long aantal(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    public java.util.List<String> outboxTypes(String aggregaat) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT type FROM outbox_event WHERE aggregate_id = ?1 ORDER BY position")
                .setParameter(1, aggregaat).getResultList());
    }

    @SuppressWarnings("unchecked")
    public java.util.List<String> auditActies(UUID kandidaat) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT handeling FROM verwerkingslogboek WHERE betrokkene = ?1 ORDER BY id")
                .setParameter(1, kandidaat).getResultList());
    }
}
