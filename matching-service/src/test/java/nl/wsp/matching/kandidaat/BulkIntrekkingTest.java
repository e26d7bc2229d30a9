package nl.wsp.matching.kandidaat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import nl.wsp.matching.TestBellers;
import nl.wsp.platform.privacy.BsnGenerator;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.kandidaat.Kandidaten.minimaal;
import static nl.wsp.matching.kandidaat.Kandidaten.partner;
import static nl.wsp.matching.kandidaat.Kandidaten.pushEen;
import static nl.wsp.matching.kandidaat.Kandidaten.referentie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Withdrawals by the partner's own reference inside the bulk push ({@code intrekkingen}). */
@QuarkusTest
class BulkIntrekkingTest {

    @Inject
    AgroalDataSource db;

    @Test
    void intrekken_op_referentie_in_de_bulk_trekt_in_en_staat_in_de_feed() {
        String partner = partner();
        String weg = referentie();
        UUID id = pushEen(partner, minimaal(weg));
        String cursor = given().auth().oauth2(TestBellers.partnersysteem(partner))
                .when().get("/api/v1/kandidaten/wijzigingen").then().statusCode(200).extract().path("hervatCursor");
        String nieuw = referentie();

        push(partner, List.of(minimaal(nieuw)), List.of(Map.of("referentie", weg, "reden", "elders-geplaatst"))).statusCode(200)
                .body("aangemaakt", equalTo(1))
                .body("ingetrokken", equalTo(1))
                .body("intrekkingenOnbekend", equalTo(0))
                .body("intrekkingenAfgewezen", equalTo(0))
                .body("intrekkingResultaten[0].index", equalTo(0))
                .body("intrekkingResultaten[0].referentie", equalTo(weg))
                .body("intrekkingResultaten[0].resultaat", equalTo("ingetrokken"))
                .body("intrekkingResultaten[0].id", equalTo(id.toString()));

        given().auth().oauth2(TestBellers.partnersysteem(partner))
                .when().get("/api/v1/kandidaten/wijzigingen?cursor=" + cursor).then().statusCode(200)
                .body("resultaten.referentie", contains(nieuw, weg))
                .body("resultaten[1].status", equalTo("ingetrokken"))
                .body("resultaten[1].redenIntrekking", equalTo("elders-geplaatst"));
        given().auth().oauth2(TestBellers.partnersysteem(partner)).when().get("/api/v1/kandidaten/" + id).then()
                .body("status", equalTo("ingetrokken"));
    }

    @Test
    void de_intrekking_staat_in_het_verwerkingslogboek_als_een_losse_intrekking() {
        String partner = partner();
        String ref = referentie();
        UUID id = pushEen(partner, minimaal(ref));
        push(partner, List.of(), List.of(Map.of("referentie", ref, "reden", "verhuisd"))).statusCode(200)
                .body("ingetrokken", equalTo(1));
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ? AND handeling = 'ingetrokken' AND status = 'OK'", id))
                .isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ? AND handeling = 'ongewijzigd-aangeleverd'", id))
                .as("the withdrawal is not also logged as a re-push").isZero();
    }

    @Test
    void een_onbekende_referentie_of_een_kandidaat_van_een_andere_partner_is_onbekend_en_verandert_niets() {
        String partner = partner();
        String ander = partner();
        String vanAnder = referentie();
        UUID andersId = pushEen(ander, minimaal(vanAnder));
        String ingetrokken = referentie();
        UUID al = pushEen(partner, minimaal(ingetrokken));
        push(partner, List.of(), List.of(Map.of("referentie", ingetrokken, "reden", "verhuisd"))).statusCode(200);
        long log = tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene IN (?, ?)", andersId, al);

        push(partner, List.of(), List.of(Map.of("referentie", "BESTAAT-NIET-1", "reden", "verhuisd"),
                Map.of("referentie", vanAnder, "reden", "verhuisd"),
                Map.of("referentie", ingetrokken, "reden", "elders-geplaatst"))).statusCode(200)
                .body("ingetrokken", equalTo(0))
                .body("intrekkingenOnbekend", equalTo(3))
                .body("intrekkingResultaten.resultaat", contains("onbekend", "onbekend", "onbekend"))
                .body("intrekkingResultaten[1].referentie", equalTo(vanAnder))
                .body("intrekkingResultaten[1].id", nullValue())
                .body("intrekkingResultaten[1].probleem.invalidParams.name", contains("intrekkingen[1].referentie"));

        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene IN (?, ?)", andersId, al))
                .as("nothing read or written on them").isEqualTo(log);
        given().auth().oauth2(TestBellers.partnersysteem(ander)).when().get("/api/v1/kandidaten/" + andersId).then()
                .body("status", equalTo("beschikbaar"));
        given().auth().oauth2(TestBellers.partnersysteem(partner)).when().get("/api/v1/kandidaten/" + al).then()
                .body("redenIntrekking", equalTo("verhuisd"));
    }

    @Test
    void een_onbekende_reden_wordt_geweigerd_met_het_veld() {
        String partner = partner();
        String ref = referentie();
        UUID id = pushEen(partner, minimaal(ref));
        push(partner, List.of(), List.of(Map.of("referentie", ref, "reden", "zomaar"), Map.of("referentie", referentie()),
                Map.of("referentie", referentie(), "reden", "verhuisd", "extra", 1))).statusCode(200)
                .body("intrekkingenAfgewezen", equalTo(3))
                .body("intrekkingResultaten[0].resultaat", equalTo("afgewezen"))
                .body("intrekkingResultaten[0].probleem.invalidParams.name", contains("intrekkingen[0].reden"))
                .body("intrekkingResultaten[1].probleem.invalidParams.name", contains("intrekkingen[1].reden"))
                .body("intrekkingResultaten[2].probleem.invalidParams.name", contains("intrekkingen[2].extra"));
        given().auth().oauth2(TestBellers.partnersysteem(partner)).when().get("/api/v1/kandidaten/" + id).then()
                .body("status", equalTo("beschikbaar"));
    }

    @Test
    void een_referentie_die_in_dezelfde_batch_wordt_aangeleverd_en_ingetrokken_wordt_niet_ingetrokken() {
        String partner = partner();
        String ref = referentie();
        UUID id = pushEen(partner, minimaal(ref));
        Map<String, Object> gewijzigd = minimaal(ref);
        gewijzigd.put("urenPerWeek", 12);
        push(partner, List.of(gewijzigd), List.of(Map.of("referentie", ref, "reden", "verhuisd"))).statusCode(200)
                .body("bijgewerkt", equalTo(1))
                .body("intrekkingenAfgewezen", equalTo(1))
                .body("intrekkingResultaten[0].resultaat", equalTo("afgewezen"))
                .body("intrekkingResultaten[0].probleem.invalidParams.name", contains("intrekkingen[0].referentie"));
        given().auth().oauth2(TestBellers.partnersysteem(partner)).when().get("/api/v1/kandidaten/" + id).then()
                .body("status", equalTo("beschikbaar"));
    }

    @Test
    void een_referentie_twee_keer_ingetrokken_in_een_batch_weigert_de_tweede() {
        String partner = partner();
        String ref = referentie();
        pushEen(partner, minimaal(ref));
        push(partner, List.of(), List.of(Map.of("referentie", ref, "reden", "verhuisd"),
                Map.of("referentie", ref, "reden", "elders-geplaatst"))).statusCode(200)
                .body("intrekkingResultaten.resultaat", contains("ingetrokken", "afgewezen"))
                .body("intrekkingResultaten[1].probleem.invalidParams.name", contains("intrekkingen[1].referentie"));
    }

    @Test
    void een_referentie_die_een_bsn_is_wordt_geweigerd_zonder_haar_te_herhalen() {
        String partner = partner();
        String nummer = BsnGenerator.nieuw();
        String body = push(partner, List.of(), List.of(Map.of("referentie", nummer, "reden", "verhuisd"))).statusCode(200)
                .body("intrekkingenAfgewezen", equalTo(1))
                .body("intrekkingResultaten[0].referentie", nullValue())
                .body("intrekkingResultaten[0].probleem.invalidParams.name", contains("intrekkingen[0].referentie"))
                .extract().asString();
        assertThat(body).doesNotContain(nummer);
    }

    @Test
    void kandidaten_en_intrekkingen_samen_hoogstens_duizend() {
        String partner = partner();
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> intrekkingen = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            items.add(Map.of("referentie", "R" + i, "woongemeente", "Baarn", "doelgroepen", List.of("ww")));
            intrekkingen.add(Map.of("referentie", "W" + i, "reden", "verhuisd"));
        }
        push(partner, items, intrekkingen).statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("intrekkingen"));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isZero();
        push(partner, items.subList(0, 500), intrekkingen.subList(0, 500)).statusCode(200)
                .body("resultaten.size()", equalTo(500))
                .body("intrekkingResultaten.size()", equalTo(500));
    }

    @Test
    void zonder_intrekkingen_is_het_antwoord_een_lege_lijst() {
        String partner = partner();
        Kandidaten.push(partner, List.of(minimaal(referentie()))).statusCode(200)
                .body("ingetrokken", equalTo(0))
                .body("intrekkingResultaten.size()", equalTo(0));
    }

    private static ValidatableResponse push(String partner, List<?> kandidaten, List<?> intrekkingen) {
        return given().auth().oauth2(TestBellers.partnersysteem(partner)).contentType("application/json")
                .body(Map.of("kandidaten", kandidaten, "intrekkingen", intrekkingen))
                .when().post("/api/v1/kandidaten").then();
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
