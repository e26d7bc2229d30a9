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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.kandidaat.Kandidaten.minimaal;
import static nl.wsp.matching.kandidaat.Kandidaten.partner;
import static nl.wsp.matching.kandidaat.Kandidaten.push;
import static nl.wsp.matching.kandidaat.Kandidaten.referentie;
import static nl.wsp.matching.kandidaat.Kandidaten.volledig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class KandidaatAanleveringTest {

    @Inject
    AgroalDataSource db;

    @Test
    void dezelfde_aanlevering_twee_keer_maakt_een_kandidaat_en_daarna_niets() {
        String partner = partner();
        String ref = referentie();
        push(partner, List.of(volledig(ref))).statusCode(200)
                .body("aangemaakt", equalTo(1))
                .body("resultaten[0].resultaat", equalTo("aangemaakt"))
                .body("resultaten[0].referentie", equalTo(ref))
                .body("resultaten[0].volledigheid", equalTo(100))
                .body("resultaten[0].ontbrekendeVelden.size()", equalTo(0));
        String id = push(partner, List.of(volledig(ref))).statusCode(200)
                .body("ongewijzigd", equalTo(1))
                .body("resultaten[0].resultaat", equalTo("ongewijzigd"))
                .extract().path("resultaten[0].id");

        Map<String, Object> gewijzigd = volledig(ref);
        gewijzigd.put("urenPerWeek", 32);
        push(partner, List.of(gewijzigd)).statusCode(200)
                .body("resultaten[0].resultaat", equalTo("bijgewerkt"))
                .body("resultaten[0].id", equalTo(id));

        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ? AND referentie = ?", partner, ref)).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?::uuid AND activiteit = 'aanlevering'", id))
                .as("created, unchanged and updated are each logged: a re-push processes the candidate too").isEqualTo(3);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?::uuid AND handeling = 'ongewijzigd-aangeleverd'", id))
                .isEqualTo(1);
    }

    @Test
    void dezelfde_referentie_bij_een_andere_partner_is_een_andere_kandidaat() {
        String ref = referentie();
        UUID a = Kandidaten.pushEen(partner(), minimaal(ref));
        UUID b = Kandidaten.pushEen(partner(), minimaal(ref));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void volledigheid_en_ontbrekende_velden_per_kandidaat() {
        push(partner(), List.of(minimaal(referentie()))).statusCode(200)
                .body("resultaten[0].volledigheid", equalTo(0))
                .body("resultaten[0].ontbrekendeVelden", hasItem("gewensteBeroepen"))
                .body("resultaten[0].ontbrekendeVelden.size()", equalTo(Volledigheid.VELDEN.size()));
    }

    @Test
    void een_fout_item_houdt_de_rest_niet_tegen_en_wordt_niet_opgeslagen() {
        String partner = partner();
        String goed = referentie();
        Map<String, Object> onbekendeGemeente = minimaal(referentie());
        onbekendeGemeente.put("woongemeente", "Atlantis");
        Map<String, Object> onbekendeDoelgroep = minimaal(referentie());
        onbekendeDoelgroep.put("doelgroepen", List.of("ww", "pensioen"));
        Map<String, Object> teVeelUren = minimaal(referentie());
        teVeelUren.put("urenPerWeek", 61);
        Map<String, Object> onbekendVeld = minimaal(referentie());
        onbekendVeld.put("schoenmaat", 43);
        Map<String, Object> onbekendBeroep = minimaal(referentie());
        onbekendBeroep.put("gewensteBeroepen", List.of("schoonmaker gebouwen", "xqzzy vlork"));
        Map<String, Object> onbekendeIntrekkingVanKwetsbaarheid = minimaal(referentie());
        onbekendeIntrekkingVanKwetsbaarheid.put("kwetsbaarheden", List.of("65-plus"));

        push(partner, List.of(minimaal(goed), onbekendeGemeente, onbekendeDoelgroep, teVeelUren, onbekendVeld,
                onbekendBeroep, onbekendeIntrekkingVanKwetsbaarheid)).statusCode(200)
                .body("aangemaakt", equalTo(1))
                .body("afgewezen", equalTo(6))
                .body("resultaten[0].resultaat", equalTo("aangemaakt"))
                .body("resultaten[1].resultaat", equalTo("afgewezen"))
                .body("resultaten[1].probleem.status", equalTo(400))
                .body("resultaten[1].probleem.type", equalTo("urn:nl:wsp:probleem:ongeldige-invoer"))
                .body("resultaten[1].probleem.invalidParams.name", contains("kandidaten[1].woongemeente"))
                .body("resultaten[2].probleem.invalidParams.name", contains("kandidaten[2].doelgroepen[1]"))
                .body("resultaten[3].probleem.invalidParams.name", contains("kandidaten[3].urenPerWeek"))
                .body("resultaten[4].probleem.invalidParams.name", contains("kandidaten[4].schoenmaat"))
                .body("resultaten[4].probleem.invalidParams.reason", contains("onbekend veld"))
                .body("resultaten[5].probleem.invalidParams.name", contains("kandidaten[5].gewensteBeroepen[1]"))
                .body("resultaten[6].probleem.invalidParams.name", contains("kandidaten[6].kwetsbaarheden[0]"));

        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isEqualTo(1);
    }

    @Test
    void een_onbekend_veld_verbergt_de_andere_fouten_van_het_item_niet() {
        String partner = partner();
        Map<String, Object> item = volledig(referentie());
        item.put("schoenmaat", 43);
        item.put("urenPerWeek", 61);
        item.put("woongemeente", "Atlantis");
        item.put("werkervaring", List.of(Map.of("beroep", "building cleaner", "jaren", 3),
                Map.of("beroep", "building cleaner", "jaren", 1, "werkgever", "ergens")));
        item.put("mobiliteit", Map.of("maximaleReisafstandKm", 15, "auto", true));

        push(partner, List.of(item)).statusCode(200)
                .body("afgewezen", equalTo(1))
                .body("resultaten[0].probleem.invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder(
                        "kandidaten[0].schoenmaat", "kandidaten[0].werkervaring[1].werkgever", "kandidaten[0].mobiliteit.auto",
                        "kandidaten[0].urenPerWeek", "kandidaten[0].woongemeente"));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isZero();
    }

    @Test
    void een_referentie_die_een_bsn_is_wordt_geweigerd_en_nergens_bewaard() {
        String partner = partner();
        String nummer = BsnGenerator.nieuw();
        String opgemaakt = nummer.substring(0, 4) + "." + nummer.substring(4, 6) + "." + nummer.substring(6);
        String body = push(partner, List.of(minimaal(nummer), minimaal(opgemaakt))).statusCode(200)
                .body("afgewezen", equalTo(2))
                .body("resultaten[0].probleem.invalidParams.name", contains("kandidaten[0].referentie"))
                .body("resultaten[0].referentie", nullValue())
                .body("resultaten[1].probleem.invalidParams.name", contains("kandidaten[1].referentie"))
                .extract().asString();
        assertThat(body).doesNotContain(nummer).doesNotContain(opgemaakt);
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isZero();
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE regexp_replace(referentie, '[^0-9]', '', 'g') = ?", nummer)).isZero();
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE wie LIKE ? OR trace_id LIKE ?", "%" + nummer + "%", "%" + nummer + "%")).isZero();
    }

    @Test
    void een_volle_batch_van_duizend_realistische_profielen_past_binnen_de_bodylimiet() throws Exception {
        String partner = partner();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> k = volledig(referentie());
            k.put("leefgebieden", List.of(Map.of("gebied", "schulden",
                    "notitie", "Schuldhulpverlening loopt; afspraken met de bewindvoerder over vaste lasten en een "
                            + "betalingsregeling zijn gemaakt, de klant houdt zich er sinds drie maanden aan. "
                            + "Volgende evaluatie met de schuldhulpverlener en de klant over zes weken, op het wijkkantoor; "
                            + "tot dan belt de klantmanager elke twee weken even om te horen hoe het gaat.")));
            items.add(k);
        }
        int bytes = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(Map.of("kandidaten", items)).length;
        assertThat(bytes).as("the batch is larger than the 1 MiB of the other services").isGreaterThan(1024 * 1024);
        push(partner, items).statusCode(200).body("resultaten.size()", equalTo(1000));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isEqualTo(1000);
    }

    @Test
    void meer_dan_duizend_items_weigert_het_hele_verzoek() {
        String partner = partner();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(Map.of("referentie", "R" + i, "woongemeente", "Baarn", "doelgroepen", List.of("ww")));
        }
        push(partner, items).statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", contains("kandidaten"));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isZero();
    }

    @Test
    void elk_profielveld_wordt_gecontroleerd_en_genoemd() {
        String partner = partner();
        Map<String, Object> k = volledig(referentie());
        k.put("jobreadySinds", "2999-01-01");
        k.put("werknemersvaardigheden", List.of("punctualiteit", "jongleren"));
        k.put("opleidingsniveau", "mbo-5");
        k.put("talen", List.of("nederlands"));
        k.put("rijbewijzen", List.of("Z"));
        k.put("mobiliteit", Map.of("maximaleReisafstandKm", 500, "gemeenten", List.of("Gotham")));
        k.put("contact", Map.of("email", "geen-adres", "adres", Map.of("postcode", "ABCD 12")));
        k.put("leefgebieden", List.of(Map.of("gebied", "hobby", "notitie", "-")));
        k.put("werkervaring", List.of(Map.of("beroep", "building cleaner", "jaren", 70)));
        push(partner, List.of(k)).statusCode(200)
                .body("resultaten[0].resultaat", equalTo("afgewezen"))
                .body("resultaten[0].probleem.invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder(
                        "kandidaten[0].jobreadySinds", "kandidaten[0].werknemersvaardigheden[1]",
                        "kandidaten[0].opleidingsniveau", "kandidaten[0].talen[0]", "kandidaten[0].rijbewijzen[0]",
                        "kandidaten[0].mobiliteit.maximaleReisafstandKm", "kandidaten[0].mobiliteit.gemeenten[0]",
                        "kandidaten[0].contact.email", "kandidaten[0].contact.adres.postcode",
                        "kandidaten[0].leefgebieden[0].gebied", "kandidaten[0].werkervaring[0].jaren"));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isZero();
    }

    @Test
    void een_jobready_datum_ver_voor_1900_is_een_geweigerd_item_geen_databasefout() {
        String partner = partner();
        Map<String, Object> k = minimaal(referentie());
        k.put("jobreadySinds", -2147483648L); // read as a day count: a date some 5.9 million years BC
        push(partner, List.of(k)).statusCode(200)
                .body("resultaten[0].resultaat", equalTo("afgewezen"))
                .body("resultaten[0].probleem.invalidParams.name", contains("kandidaten[0].jobreadySinds"));
        assertThat(tel("SELECT count(*) FROM kandidaat WHERE partner = ?", partner)).isZero();
    }

    @Test
    void een_verkeerd_type_noemt_het_veld() {
        Map<String, Object> k = minimaal(referentie());
        k.put("urenPerWeek", "veertig");
        push(partner(), List.of(k)).statusCode(200)
                .body("resultaten[0].probleem.invalidParams.name", contains("kandidaten[0].urenPerWeek"));
    }

    @Test
    void dubbele_referentie_in_een_batch_weigert_de_tweede() {
        String ref = referentie();
        push(partner(), List.of(minimaal(ref), minimaal(ref))).statusCode(200)
                .body("resultaten[0].resultaat", equalTo("aangemaakt"))
                .body("resultaten[1].resultaat", equalTo("afgewezen"))
                .body("resultaten[1].probleem.invalidParams.name", contains("kandidaten[1].referentie"));
    }

    @Test
    void vrije_tekst_beroepen_en_vaardigheden_worden_esco_uris() {
        String partner = partner();
        Map<String, Object> k = minimaal(referentie());
        k.put("gewensteBeroepen", List.of("Schoonmaker gebouwen", "building cleaner", Kandidaten.SCHOONMAKER_GEBOUWEN));
        k.put("vaardigheden", List.of("drive a forklift"));
        k.put("werkervaring", List.of(Map.of("beroep", "schoonmaker gebouw", "jaren", 2.5)));
        UUID id = Kandidaten.pushEen(partner, k);
        given().auth().oauth2(TestBellers.partnersysteem(partner)).when().get("/api/v1/kandidaten/" + id)
                .then().statusCode(200)
                .body("profiel.gewensteBeroepen", contains(Kandidaten.SCHOONMAKER_GEBOUWEN))
                .body("profiel.vaardigheden", contains(Kandidaten.HEFTRUCK_RIJDEN))
                .body("profiel.werkervaring[0].beroep", equalTo(Kandidaten.SCHOONMAKER_GEBOUWEN));
    }

    @Test
    void alleen_partnersystemen_leveren_aan() {
        String body = "{\"kandidaten\":[]}";
        given().auth().oauth2(TestBellers.adviseur("gemeente-amersfoort")).contentType("application/json").body(body)
                .when().post("/api/v1/kandidaten").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).contentType("application/json").body(body)
                .when().post("/api/v1/kandidaten").then().statusCode(403);
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(body)
                .when().post("/api/v1/kandidaten").then().statusCode(403);
        given().contentType("application/json").body(body)
                .when().post("/api/v1/kandidaten").then().statusCode(401);
        given().auth().oauth2(Tokens.sign("partnersysteem", null, "zonder-partner")).contentType("application/json").body(body)
                .when().post("/api/v1/kandidaten").then().statusCode(403);
    }

    @Test
    void een_onbekend_veld_buiten_de_items_weigert_het_verzoek() {
        given().auth().oauth2(TestBellers.partnersysteem(partner())).contentType("application/json")
                .body("{\"kandidaten\":[],\"extra\":1}")
                .when().post("/api/v1/kandidaten").then().statusCode(400)
                .body("invalidParams.name", contains("extra"));
        given().auth().oauth2(TestBellers.partnersysteem(partner())).contentType("application/json")
                .body("{\"kandidaten\":[42]}")
                .when().post("/api/v1/kandidaten").then().statusCode(200)
                .body("resultaten[0].resultaat", equalTo("afgewezen"))
                .body("resultaten[0].probleem.invalidParams.name", contains("kandidaten[0]"));
    }

    @Test
    void intrekken_en_de_wijzigingenfeed() {
        String partner = partner();
        String ref1 = referentie();
        String ref2 = referentie();
        push(partner, List.of(volledig(ref1), minimaal(ref2))).statusCode(200);
        push(partner(), List.of(minimaal(referentie()))).statusCode(200); // another partner: never in this feed

        var eerste = given().auth().oauth2(TestBellers.partnersysteem(partner))
                .when().get("/api/v1/kandidaten/wijzigingen?limiet=1").then().statusCode(200)
                .body("resultaten.size()", equalTo(1))
                .body("resultaten[0].referentie", equalTo(ref1))
                .body("resultaten[0].volledigheid", equalTo(100))
                .body("resultaten[0].naam", nullValue())
                .body("volgendeCursor", notNullValue())
                .extract();
        String cursor = eerste.path("volgendeCursor");
        String tweede = given().auth().oauth2(TestBellers.partnersysteem(partner))
                .when().get("/api/v1/kandidaten/wijzigingen?cursor=" + cursor).then().statusCode(200)
                .body("resultaten.referentie", contains(ref2))
                .body("resultaten[0].ontbrekendeVelden", hasItem("naam"))
                .body("volgendeCursor", nullValue())
                .extract().path("hervatCursor");

        String id = eerste.path("resultaten[0].id");
        given().auth().oauth2(TestBellers.partnersysteem(partner)).contentType("application/json")
                .body("{\"reden\":\"elders-geplaatst\"}")
                .when().post("/api/v1/kandidaten/" + id + "/intrekken").then().statusCode(200)
                .body("status", equalTo("ingetrokken"))
                .body("redenIntrekking", equalTo("elders-geplaatst"));

        given().auth().oauth2(TestBellers.partnersysteem(partner))
                .when().get("/api/v1/kandidaten/wijzigingen?cursor=" + tweede).then().statusCode(200)
                .body("resultaten.id", contains(id))
                .body("resultaten[0].status", equalTo("ingetrokken"))
                .body("resultaten[0].redenIntrekking", equalTo("elders-geplaatst"));

        // pushing the candidate again makes it available again
        push(partner, List.of(volledig(ref1))).statusCode(200).body("resultaten[0].resultaat", equalTo("bijgewerkt"));
    }

    @Test
    void intrekken_met_een_onbekende_reden_is_400() {
        String partner = partner();
        UUID id = Kandidaten.pushEen(partner, minimaal(referentie()));
        given().auth().oauth2(TestBellers.partnersysteem(partner)).contentType("application/json")
                .body("{\"reden\":\"zomaar\"}")
                .when().post("/api/v1/kandidaten/" + id + "/intrekken").then().statusCode(400)
                .body("invalidParams.name", contains("reden"));
        given().auth().oauth2(TestBellers.partnersysteem(partner)).when().get("/api/v1/kandidaten/" + id)
                .then().body("status", equalTo("beschikbaar"));
    }

    @Test
    void een_onleesbare_cursor_is_400() {
        given().auth().oauth2(TestBellers.partnersysteem(partner()))
                .when().get("/api/v1/kandidaten/wijzigingen?cursor=nonsens").then().statusCode(400)
                .body("invalidParams.name", contains("cursor"));
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
