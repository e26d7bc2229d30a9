package nl.wsp.matching.kandidaat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.wsp.matching.kandidaat.Kandidaten.partner;
import static nl.wsp.matching.kandidaat.Kandidaten.push;
import static nl.wsp.matching.kandidaat.Kandidaten.referentie;
import static nl.wsp.matching.kandidaat.Kandidaten.volledig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * An item sent exactly as its available candidate was stored is answered unchanged from the stored row: not read,
 * checked, projected or written again (issue 19). To see that the answer comes from the stored row and not from a
 * new check, some tests change the stored completeness behind the service's back: a new check would compute 100.
 */
@QuarkusTest
class OngewijzigdeAanleveringTest {

    @Inject
    AgroalDataSource db;

    @Test
    void een_identiek_item_wordt_uit_de_opgeslagen_kandidaat_beantwoord_zonder_nieuwe_controle() {
        String partner = partner();
        String ref = referentie();
        Map<String, Object> kandidaat = volledig(ref);
        String id = push(partner, List.of(kandidaat)).statusCode(200).body("aangemaakt", equalTo(1))
                .extract().path("resultaten[0].id");
        long wijziging = getal("SELECT wijziging FROM kandidaat WHERE id = ?::uuid", id);
        werkUit("UPDATE kandidaat SET volledigheid = 37 WHERE id = ?::uuid", id);

        push(partner, List.of(kandidaat)).statusCode(200)
                .body("ongewijzigd", equalTo(1))
                .body("resultaten[0].resultaat", equalTo("ongewijzigd"))
                .body("resultaten[0].id", equalTo(id))
                .body("resultaten[0].volledigheid", equalTo(37));

        assertThat(getal("SELECT wijziging FROM kandidaat WHERE id = ?::uuid", id)).as("not in the partner's feed").isEqualTo(wijziging);
        assertThat(getal("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?::uuid AND handeling = 'ongewijzigd-aangeleverd'", id))
                .as("a re-push reads the candidate, so it is logged").isEqualTo(1);
    }

    @Test
    void hetzelfde_in_een_andere_volgorde_wordt_gecontroleerd_en_daarna_herkend() {
        String partner = partner();
        String ref = referentie();
        Map<String, Object> eerst = new LinkedHashMap<>();
        eerst.put("referentie", ref);
        eerst.put("woongemeente", "Soest");
        eerst.put("doelgroepen", List.of("ww"));
        Map<String, Object> omgedraaid = new LinkedHashMap<>();
        omgedraaid.put("doelgroepen", List.of("ww"));
        omgedraaid.put("woongemeente", "Soest");
        omgedraaid.put("referentie", ref);
        String id = push(partner, List.of(eerst)).statusCode(200).extract().path("resultaten[0].id");
        long wijziging = getal("SELECT wijziging FROM kandidaat WHERE id = ?::uuid", id);
        werkUit("UPDATE kandidaat SET volledigheid = 37 WHERE id = ?::uuid", id);

        push(partner, List.of(omgedraaid)).statusCode(200)
                .body("resultaten[0].resultaat", equalTo("ongewijzigd"))
                .body("resultaten[0].volledigheid", not(equalTo(37))) // checked again, so computed again
                .body("resultaten[0].id", equalTo(id));
        assertThat(getal("SELECT wijziging FROM kandidaat WHERE id = ?::uuid", id))
                .as("the same candidate in another form is no change").isEqualTo(wijziging);

        werkUit("UPDATE kandidaat SET volledigheid = 38 WHERE id = ?::uuid", id);
        push(partner, List.of(omgedraaid)).statusCode(200)
                .body("resultaten[0].resultaat", equalTo("ongewijzigd"))
                .body("resultaten[0].volledigheid", equalTo(38));
    }

    @Test
    void de_bytes_zoals_verzonden_tellen_een_andere_spatiering_wordt_eenmaal_gecontroleerd() {
        String partner = partner();
        String ref = referentie();
        String ruim = "{\"kandidaten\": [ { \"referentie\": \"" + ref + "\", \"woongemeente\": \"Soest\", \"doelgroepen\": [\"ww\"] } ]}";
        String compact = "{\"kandidaten\":[{\"referentie\":\"" + ref + "\",\"woongemeente\":\"Soest\",\"doelgroepen\":[\"ww\"]}]}";
        String id = pushRuw(partner, ruim).body("resultaten[0].resultaat", equalTo("aangemaakt")).extract().path("resultaten[0].id");
        werkUit("UPDATE kandidaat SET volledigheid = 37 WHERE id = ?::uuid", id);

        pushRuw(partner, compact).body("resultaten[0].resultaat", equalTo("ongewijzigd"))
                .body("resultaten[0].volledigheid", not(equalTo(37)));
        werkUit("UPDATE kandidaat SET volledigheid = 38 WHERE id = ?::uuid", id);
        pushRuw(partner, compact).body("resultaten[0].resultaat", equalTo("ongewijzigd"))
                .body("resultaten[0].volledigheid", equalTo(38));
    }

    private static io.restassured.response.ValidatableResponse pushRuw(String partner, String body) {
        return io.restassured.RestAssured.given().auth().oauth2(nl.wsp.matching.TestBellers.partnersysteem(partner))
                .contentType("application/json").body(body)
                .when().post("/api/v1/kandidaten").then().statusCode(200);
    }

    @Test
    void een_ingetrokken_kandidaat_die_identiek_terugkomt_is_weer_beschikbaar() {
        String partner = partner();
        String ref = referentie();
        Map<String, Object> kandidaat = volledig(ref);
        String id = push(partner, List.of(kandidaat)).statusCode(200).extract().path("resultaten[0].id");
        werkUit("UPDATE kandidaat SET status = 'ingetrokken', reden_intrekking = 'elders-geplaatst' WHERE id = ?::uuid", id);

        push(partner, List.of(kandidaat)).statusCode(200).body("resultaten[0].resultaat", equalTo("bijgewerkt"));
        assertThat(tekst("SELECT status FROM kandidaat WHERE id = ?::uuid", id)).isEqualTo("beschikbaar");
    }

    @Test
    void een_identiek_item_twee_keer_in_een_batch_weigert_het_tweede() {
        String partner = partner();
        String ref = referentie();
        Map<String, Object> kandidaat = volledig(ref);
        push(partner, List.of(kandidaat)).statusCode(200);
        Map<String, Object> gewijzigd = volledig(ref);
        gewijzigd.put("urenPerWeek", 32);

        push(partner, List.of(kandidaat, kandidaat, gewijzigd)).statusCode(200)
                .body("resultaten.resultaat", contains("ongewijzigd", "afgewezen", "afgewezen"))
                .body("resultaten[1].probleem.invalidParams.name", contains("kandidaten[1].referentie"))
                .body("resultaten[2].probleem.invalidParams.name", contains("kandidaten[2].referentie"));
        assertThat(getal("SELECT (profiel->>'urenPerWeek')::int FROM kandidaat WHERE partner = ? AND referentie = ?", partner, ref))
                .as("the refused third item changed nothing").isEqualTo(24);
    }

    @Test
    void een_identiek_item_van_een_andere_partner_is_een_nieuwe_kandidaat() {
        String ref = referentie();
        Map<String, Object> kandidaat = volledig(ref);
        push(partner(), List.of(kandidaat)).statusCode(200);
        push(partner(), List.of(kandidaat)).statusCode(200).body("resultaten[0].resultaat", equalTo("aangemaakt"));
    }

    @Test
    void de_wissing_laat_de_aanleverhash_niet_achter() {
        String partner = partner();
        String id = push(partner, List.of(volledig(referentie()))).statusCode(200).extract().path("resultaten[0].id");
        assertThat(tekst("SELECT aanleverhash FROM kandidaat WHERE id = ?::uuid", id)).isNotNull();
        io.restassured.RestAssured.given().auth().oauth2(nl.wsp.matching.TestBellers.partnersysteem(partner))
                .when().delete("/api/v1/kandidaten/" + id).then().statusCode(204);
        assertThat(tekst("SELECT aanleverhash FROM kandidaat WHERE id = ?::uuid", id)).isNull();
    }

    private void werkUit(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            zet(s, params);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long getal(String sql, Object... params) {
        return Long.parseLong(tekst(sql, params));
    }

    private String tekst(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            zet(s, params);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void zet(PreparedStatement s, Object... params) throws Exception {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
