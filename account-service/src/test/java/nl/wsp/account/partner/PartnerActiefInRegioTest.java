package nl.wsp.account.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 16 item 3 with issue 13 item 1: the partners active in a region are managed by that region's beheerder (or the
 * national one), every change recorded and published; a partner that is not active is refused as a caller (403) and
 * as a party (400), exactly as one that does not exist.
 */
@QuarkusTest
class PartnerActiefInRegioTest {

    private static String deactiveer(String token, String code) {
        return given().auth().oauth2(token).post("/api/v1/partners/" + code + "/deactivering").then().extract().asString();
    }

    @Test
    void een_gedeactiveerde_partner_wordt_als_beller_geweigerd_en_na_activering_weer_toegelaten() {
        Testdata.Adviseur adviseur = Testdata.adviseur(Testdata.partner());
        given().auth().oauth2(adviseur.token()).get("/api/v1/werkgevers").then().statusCode(200);

        given().auth().oauth2(Tokens.beheerder("Amersfoort")).post("/api/v1/partners/" + adviseur.partner() + "/deactivering")
                .then().statusCode(200).body("actief", equalTo(false));
        given().auth().oauth2(adviseur.token()).get("/api/v1/werkgevers").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:nl:wsp:probleem:geen-toegang"));
        given().auth().oauth2(Tokens.partnersysteem(adviseur.partner())).get("/api/v1/partners").then().statusCode(403);

        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/partners/" + adviseur.partner() + "/activering")
                .then().statusCode(200).body("actief", equalTo(true));
        given().auth().oauth2(adviseur.token()).get("/api/v1/werkgevers").then().statusCode(200);
    }

    @Test
    void een_adviseur_van_een_gedeactiveerde_partner_kan_geen_partij_zijn_en_de_partner_krijgt_geen_nieuwe_adviseurs() {
        Testdata.Adviseur adviseur = Testdata.adviseur(Testdata.partner());
        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/partners/" + adviseur.partner() + "/deactivering").then().statusCode(200);

        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Inactief BV", "Amersfoort", "bouw", 5, adviseur.id()))
                .post("/api/v1/werkgevers").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("accountmanagerId"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Map.of("partner", adviseur.partner(), "gebruikersnaam", "nieuw-" + Testdata.kort() + "@x.nl", "naam", "Nieuw"))
                .post("/api/v1/adviseurs").then().statusCode(400).body("invalidParams[0].name", equalTo("partner"));
    }

    @Test
    void alleen_de_beheerder_van_de_regio_of_de_landelijke_beheerder_deactiveert_een_partner() {
        String partner = Testdata.partner("Amersfoort");
        Testdata.Adviseur adviseur = Testdata.adviseur(partner);
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).post("/api/v1/partners/" + partner + "/deactivering")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(adviseur.token()).post("/api/v1/partners/" + partner + "/deactivering").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).post("/api/v1/partners/" + partner + "/deactivering").then().statusCode(403);
        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/partners/bestaat-niet-" + Testdata.kort() + "/deactivering")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/partners/" + partner).then().statusCode(200)
                .body("actief", equalTo(true));
    }

    @Test
    void elke_wijziging_wordt_vastgelegd_met_wie_wanneer_oud_en_nieuw_en_gepubliceerd() {
        String partner = Testdata.partner("Amersfoort");
        deactiveer(Tokens.beheerder("Amersfoort"), partner);
        deactiveer(Tokens.beheerder("Amersfoort"), partner); // already inactive: nothing changes, nothing recorded
        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/partners/" + partner + "/activering").then().statusCode(200);

        List<Map<String, Object>> rijen = given().auth().oauth2(Tokens.beheerder("Amersfoort"))
                .get("/api/v1/partners/" + partner + "/statuswijzigingen").then().statusCode(200)
                .extract().jsonPath().getList("resultaten");
        assertThat(rijen).hasSize(2);
        assertThat(rijen.get(0)).containsEntry("oudActief", true).containsEntry("nieuwActief", false)
                .containsEntry("gewijzigdDoor", "beheerder@Amersfoort").containsEntry("rol", "beheerder regio Amersfoort")
                .containsKey("gewijzigdOp");
        assertThat(rijen.get(1)).containsEntry("oudActief", false).containsEntry("nieuwActief", true)
                .containsEntry("gewijzigdDoor", "beheerder").containsEntry("rol", "beheerder landelijk");
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).get("/api/v1/partners/" + partner + "/statuswijzigingen")
                .then().statusCode(404);

        List<ConsumerRecord<String, String>> gedeactiveerd = TestKafka.readUntil(PartnerGedeactiveerd.TOPIC,
                r -> r.value().contains(PartnerGedeactiveerd.TYPE) && r.value().contains("\"" + partner + "\""), Duration.ofSeconds(30));
        assertThat(gedeactiveerd).hasSize(1);
        List<ConsumerRecord<String, String>> geactiveerd = TestKafka.readUntil(PartnerGeactiveerd.TOPIC,
                r -> r.value().contains(PartnerGeactiveerd.TYPE) && r.value().contains("\"" + partner + "\""), Duration.ofSeconds(30));
        assertThat(geactiveerd).hasSize(1);
    }

    @Test
    void de_lijst_filtert_op_actief() {
        String weg = Testdata.partner("Amersfoort");
        String blijft = Testdata.partner("Amersfoort");
        deactiveer(Tokens.beheerder(), weg);
        List<Map<String, Object>> actief = Testdata.allePaginas(Tokens.beheerder(), "/api/v1/partners?regio=Amersfoort&actief=true");
        assertThat(actief).extracting(p -> p.get("code")).contains(blijft).doesNotContain(weg);
        List<Map<String, Object>> inactief = Testdata.allePaginas(Tokens.beheerder(), "/api/v1/partners?regio=Amersfoort&actief=false");
        assertThat(inactief).extracting(p -> p.get("code")).contains(weg).doesNotContain(blijft);
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/partners?actief=ja").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("actief"));
    }
}
