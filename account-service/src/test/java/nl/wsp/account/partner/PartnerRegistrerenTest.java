package nl.wsp.account.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PartnerRegistrerenTest {

    @Inject
    EntityManager em;

    static String uniekeCode() {
        return "gemeente-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String partnerJson(String code) {
        return """
                {"code": "%s", "naam": "Gemeente Leusden", "soort": "gemeente", "regio": "Amersfoort"}
                """.formatted(code);
    }

    @Test
    void een_beheerder_registreert_een_partner_en_het_event_staat_op_kafka() {
        String code = uniekeCode();
        String id = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(partnerJson(code))
                .when().post("/api/v1/partners")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/partners/" + code))
                .header("API-Version", "1.0.0")
                .body("code", equalTo(code))
                .body("soort", equalTo("gemeente"))
                .body("regio", equalTo("Amersfoort"))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(PartnerGeregistreerd.TOPIC,
                r -> r.value().contains(code), Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.value())
                .contains("\"specversion\":\"1.0\"")
                .contains("\"type\":\"" + PartnerGeregistreerd.TYPE + "\"")
                .contains("\"subject\":\"" + id + "\"")
                .contains("\"source\":\"urn:nld:oin:00000000000000000000:systeem:account-service\"");

        assertThat(Testdata.allePaginas(Testdata.adviseur().token(), "/api/v1/partners?regio=Amersfoort"))
                .extracting(p -> p.get("code")).contains(code);
    }

    @Test
    void een_tweede_registratie_met_dezelfde_code_is_een_conflict() {
        String code = uniekeCode();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(partnerJson(code))
                .post("/api/v1/partners").then().statusCode(201);

        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(partnerJson(code))
                .when().post("/api/v1/partners")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:partner-bestaat"))
                .body("bestaandePartner", equalTo("/api/v1/partners/" + code));
    }

    @Test
    void onleesbare_json_is_400_problem_json_en_slaat_niets_op() {
        long voor = aantalPartners();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body("{\"code\": \"x\", ")
                .when().post("/api/v1/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", startsWith("urn:nl:wsp:probleem:"));
        assertThat(aantalPartners()).isEqualTo(voor);
    }

    @Test
    void een_onbekend_veld_wordt_bij_naam_geweigerd() {
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "naam": "X", "soort": "gemeente", "regio": "Amersfoort", "bsn": "123"}
                        """.formatted(uniekeCode()))
                .when().post("/api/v1/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("bsn"));
    }

    @Test
    void een_onbekende_soort_en_lege_naam_worden_bij_naam_geweigerd() {
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "naam": "X", "soort": "ziekenhuis", "regio": "Amersfoort"}
                        """.formatted(uniekeCode()))
                .when().post("/api/v1/partners")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("soort"));

        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"code": "Geen Code!", "naam": "", "soort": "uwv", "regio": "Amersfoort"}
                        """)
                .when().post("/api/v1/partners")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.containsInAnyOrder("code", "naam"));
    }

    @Test
    void een_onbekende_regio_wordt_geweigerd_en_niets_opgeslagen() {
        long voor = aantalPartners();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "naam": "X", "soort": "uwv", "regio": "Atlantis"}
                        """.formatted(uniekeCode()))
                .when().post("/api/v1/partners")
                .then().statusCode(400)
                .body("invalidParams[0].name", equalTo("regio"));
        assertThat(aantalPartners()).isEqualTo(voor);
    }

    @Test
    void zonder_token_is_het_401_problem_json() {
        given().contentType(ContentType.JSON).body(partnerJson(uniekeCode()))
                .when().post("/api/v1/partners")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:nl:wsp:probleem:niet-geauthenticeerd"));
    }

    @Test
    void een_verlopen_token_is_401() {
        given().auth().oauth2(Tokens.expired("beheerder", null)).when().get("/api/v1/partners")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void een_dashboard_mag_geen_partner_registreren() {
        given().auth().oauth2(Tokens.dashboard()).contentType(ContentType.JSON).body(partnerJson(uniekeCode()))
                .when().post("/api/v1/partners")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void een_te_grote_body_is_413_problem_json() {
        String groot = "{\"naam\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(groot)
                .when().post("/api/v1/partners")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void een_onbekende_partner_is_404_problem_json() {
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/partners/bestaat-niet")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private long aantalPartners() {
        return (Long) em.createQuery("select count(p) from Partner p").getSingleResult();
    }
}
