package nl.wsp.matching.kandidaat;

import nl.wsp.matching.TestBellers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.platform.privacy.BsnGenerator;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.kandidaat.Kandidaten.minimaal;
import static nl.wsp.matching.kandidaat.Kandidaten.partner;
import static nl.wsp.matching.kandidaat.Kandidaten.push;
import static nl.wsp.matching.kandidaat.Kandidaten.pushEen;
import static nl.wsp.matching.kandidaat.Kandidaten.referentie;
import static nl.wsp.matching.kandidaat.Kandidaten.volledig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The frame's BSN guard where matching keeps personal data: every kind of field probed with a generated BSN, in the
 * forms the audit found accepted. The bulk push refuses the item, not the batch; everything else refuses the request.
 */
@QuarkusTest
class BsnWeigeringTest {

    private static final String BSN_TYPE = "urn:nl:wsp:probleem:bsn-geweigerd";

    @Inject
    AgroalDataSource db;

    @Test
    void een_referentie_die_een_bsn_bevat_wordt_per_item_geweigerd_en_niet_bewaard() {
        String partner = partner();
        String bsn = BsnGenerator.nieuw();
        List<String> vormen = List.of("BSN" + bsn, "GA-" + bsn, "GA:" + bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " "
                + bsn.substring(6), BsnGenerator.metPunten(bsn), bsn);
        List<Map<String, Object>> items = new ArrayList<>();
        vormen.forEach(v -> items.add(minimaal(v)));
        String goed = referentie();
        items.add(minimaal(goed));
        String body = push(partner, items).statusCode(200)
                .body("afgewezen", equalTo(vormen.size()))
                .body("aangemaakt", equalTo(1))
                .body("resultaten[0].probleem.invalidParams.name", contains("kandidaten[0].referentie"))
                .body("resultaten[1].probleem.invalidParams.name", contains("kandidaten[1].referentie"))
                .body("resultaten[2].probleem.invalidParams.name", contains("kandidaten[2].referentie"))
                .body("resultaten[3].probleem.invalidParams.name", contains("kandidaten[3].referentie"))
                .body("resultaten[4].probleem.invalidParams.name", contains("kandidaten[4].referentie"))
                .body("resultaten[0].referentie", nullValue())
                .body("resultaten[5].referentie", equalTo(goed))
                .extract().asString();
        assertThat(body).doesNotContain(bsn).doesNotContain(BsnGenerator.metPunten(bsn));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE regexp_replace(referentie, '[^0-9]', '', 'g') LIKE ?", "%" + bsn + "%"))
                .isZero();
    }

    @Test
    void een_bsn_in_vrije_tekst_weigert_het_item_met_het_veld_en_de_rest_gaat_door() {
        String partner = partner();
        String bsn = BsnGenerator.nieuw();
        String opgemaakt = BsnGenerator.metPunten(bsn);
        List<String> velden = List.of("naam.voornaam", "contact.telefoon", "contact.adres.straat", "leefgebieden[0].notitie");
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> naam = volledig(referentie());
        naam.put("naam", Map.of("voornaam", "Fatima BSN " + bsn, "achternaam", "El Amrani"));
        items.add(naam);
        Map<String, Object> telefoon = volledig(referentie());
        telefoon.put("contact", Map.of("telefoon", bsn));
        items.add(telefoon);
        Map<String, Object> adres = volledig(referentie());
        adres.put("contact", Map.of("adres", Map.of("straat", "Stadsring (bsn " + opgemaakt + ")", "woonplaats", "Amersfoort")));
        items.add(adres);
        Map<String, Object> notitie = volledig(referentie());
        notitie.put("leefgebieden", List.of(Map.of("gebied", "schulden", "notitie", "Schuldhulp loopt, dossier GA-" + bsn)));
        items.add(notitie);
        items.add(volledig(referentie()));

        var antwoord = push(partner, items).statusCode(200)
                .body("afgewezen", equalTo(4))
                .body("aangemaakt", equalTo(1));
        for (int i = 0; i < velden.size(); i++) {
            antwoord.body("resultaten[" + i + "].probleem.invalidParams.name", contains("kandidaten[" + i + "]." + velden.get(i)));
        }
        String body = antwoord.extract().asString();
        assertThat(body).doesNotContain(bsn).doesNotContain(opgemaakt);
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE regexp_replace(persoonsgegevens::text, '[^0-9]', '', 'g') LIKE ?",
                "%" + bsn + "%")).isZero();
        assertThat(tel("SELECT count(*) FROM kandidaat_leefgebied WHERE notities::text LIKE ?", "%" + bsn + "%")).isZero();
    }

    @Test
    void een_bsn_in_de_nazorgnotitie_is_400_met_het_veld_en_er_wordt_niets_bewaard() {
        String bsn = BsnGenerator.nieuw();
        long voor = tel("SELECT count(*) FROM nazorgmoment");
        String body = given().auth().oauth2(TestBellers.adviseur(partner())).contentType("application/json")
                .body(Map.of("maanden", 1, "uitkomst", "goed", "notitie", "Gesproken met de klant, bsn " + bsn))
                .when().post("/api/v1/plaatsingen/{id}/nazorg", UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("notitie"))
                .extract().asString();
        assertThat(body).doesNotContain(bsn);
        assertThat(tel("SELECT count(*) FROM nazorgmoment")).isEqualTo(voor);
    }

    @Test
    void een_bsn_als_pad_id_is_400_met_de_parameter_en_wordt_niet_herhaald() {
        String bsn = BsnGenerator.nieuw();
        long audit = tel("SELECT count(*) FROM verwerkingslogboek");
        String body = given().auth().oauth2(TestBellers.partnersysteem(partner()))
                .when().get("/api/v1/kandidaten/GA-" + bsn)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("id"))
                .extract().asString();
        assertThat(body).doesNotContain(bsn);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek")).isEqualTo(audit);
    }

    @Test
    void een_bsn_in_een_queryparameter_is_400_met_de_parameter_en_wordt_niet_herhaald() {
        String bsn = BsnGenerator.nieuw();
        String body = given().auth().oauth2(TestBellers.partnersysteem(partner())).queryParam("cursor", "BSN" + bsn)
                .when().get("/api/v1/kandidaten/wijzigingen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BSN_TYPE))
                .body("invalidParams.name", contains("cursor"))
                .extract().asString();
        assertThat(body).doesNotContain(bsn);
    }

    @Test
    void een_bsn_in_x_request_id_of_traceparent_komt_niet_in_het_audittrail() {
        String partner = partner();
        UUID id = pushEen(partner, volledig(referentie()));
        String bsn = BsnGenerator.nieuw();
        String inHex = "ab" + bsn + "c" + "d".repeat(20);
        List<Map<String, String>> headers = List.of(
                Map.of("X-Request-ID", bsn),
                Map.of("X-Request-ID", "GA-" + bsn),
                Map.of("traceparent", bsn),
                Map.of("traceparent", "00-" + inHex + "-00f067aa0ba902b7-01"),
                Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-" + bsn));
        for (Map<String, String> h : headers) {
            given().auth().oauth2(TestBellers.adviseur(partner(), "5f8b2c4e-9a1d-4e7b-b3c6-2d8e4f6a1b9c")).headers(new HashMap<>(h))
                    .when().get("/api/v1/kandidaten/" + id).then().statusCode(200);
        }
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ? AND activiteit <> 'aanlevering'", id))
                .as("every read was audited").isEqualTo(headers.size());
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ? AND trace_id !~ '^[0-9a-f]{32}$'", id))
                .as("only W3C trace ids are stored").isZero();
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE trace_id LIKE ? OR trace_id = ?", "%" + bsn + "%", inHex)).isZero();
    }

    private long tel(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
