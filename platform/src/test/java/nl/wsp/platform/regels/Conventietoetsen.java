package nl.wsp.platform.regels;

import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

/**
 * The HTTP conventions every service keeps (docs/api.md), once: a service's {@code @QuarkusTest ConventiesTest}
 * extends this, so they are checked against each service's own configuration.
 */
public abstract class Conventietoetsen {

    @Test
    void openapi_staat_zonder_token_op_api_v1_openapi_json() {
        given().when().get("/api/v1/openapi.json")
                .then().statusCode(200)
                .header("API-Version", "1.0.0")
                .body("openapi", startsWith("3."));
    }

    @Test
    void openapi_is_leesbaar_vanaf_elke_origin() {
        given().header("Origin", "https://portaal.elders.example").when().get("/api/v1/openapi.json")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*");
        given().header("Origin", "https://portaal.elders.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/openapi.json")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void de_api_zelf_blijft_dicht_voor_een_origin_buiten_de_lijst() {
        String origin = given().header("Origin", "https://portaal.elders.example")
                .auth().oauth2(Tokens.beheerder())
                .when().get("/api/v1/bestaat-niet")
                .then().extract().header("Access-Control-Allow-Origin");
        org.assertj.core.api.Assertions.assertThat(origin).isNotEqualTo("*").isNotEqualTo("https://portaal.elders.example");
    }

    @Test
    @SuppressWarnings("unchecked")
    void elke_operatie_noemt_503_met_retry_after_voor_een_onbereikbare_database() {
        java.util.Map<String, java.util.Map<String, Object>> paden = given().get("/api/v1/openapi.json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        java.util.List<String> zonder = new java.util.ArrayList<>();
        paden.forEach((pad, operaties) -> operaties.forEach((methode, operatie) -> {
            java.util.Map<String, Object> antwoorden = (java.util.Map<String, Object>) ((java.util.Map<String, Object>) operatie).get("responses");
            java.util.Map<String, Object> onbeschikbaar = antwoorden == null ? null : (java.util.Map<String, Object>) antwoorden.get("503");
            if (onbeschikbaar == null || !((java.util.Map<String, Object>) onbeschikbaar.getOrDefault("headers", java.util.Map.of()))
                    .containsKey("Retry-After")) {
                zonder.add(methode + " " + pad);
            }
        }));
        org.assertj.core.api.Assertions.assertThat(paden).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(zonder).as("operations without a documented 503 with Retry-After").isEmpty();
    }

    @Test
    void elk_object_in_een_antwoord_noemt_zijn_verplichte_velden() {
        com.fasterxml.jackson.databind.JsonNode document = OpenApiOperaties.live().document();
        java.util.List<String> zonder = new java.util.ArrayList<>(Contractvolledigheid.antwoordobjectenZonderRequired(document));
        zonder.removeAll(alleVeldenOptioneel());
        org.assertj.core.api.Assertions.assertThat(zonder)
                .as("object schemas in a 2xx answer without `required` (mark fields that may be absent @Nullable)")
                .isEmpty();
    }

    /** Answer objects of this service whose every field may be absent, each with its reason where it is overridden. */
    protected java.util.Set<String> alleVeldenOptioneel() {
        return java.util.Set.of();
    }

    @Test
    void elk_json_verzoek_en_hoofdantwoord_heeft_een_voorbeeld() throws java.io.IOException {
        java.util.List<String> zonder = Voorbeeldcontrole.zonderVoorbeeld(OpenApiOperaties.live().document());
        java.util.Set<String> nog = nogZonderVoorbeeld();
        org.assertj.core.api.Assertions.assertThat(zonder.stream().filter(o -> !nog.contains(o)).toList())
                .as("operations whose JSON request body or 200/201 JSON answer has no example (docs/adr/0030)")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(nog.stream().filter(o -> !zonder.contains(o)).toList())
                .as("listed in openapi-nog-zonder-voorbeeld.txt but now with an example: remove them from the list")
                .isEmpty();
    }

    @Test
    void elk_voorbeeld_in_de_openapi_volgt_zijn_schema() {
        org.assertj.core.api.Assertions.assertThat(
                        Voorbeeldcontrole.voorbeeldenDieHunSchemaNietVolgen(OpenApiOperaties.live().document()))
                .as("examples that do not follow their schema")
                .isEmpty();
    }

    /**
     * The operations of this service that still lack an example, from {@code openapi-nog-zonder-voorbeeld.txt} on the
     * test class path (one {@code operationId: verzoek|antwoord 200|antwoord 201} a line, {@code #} comments). The
     * list may only shrink.
     */
    protected java.util.Set<String> nogZonderVoorbeeld() throws java.io.IOException {
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("openapi-nog-zonder-voorbeeld.txt")) {
            if (in == null) {
                return java.util.Set.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(r -> !r.isEmpty() && !r.startsWith("#")).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void elk_antwoord_dat_een_test_ontvangt_wordt_aan_het_contract_getoetst() {
        org.assertj.core.api.Assertions.assertThat(nl.wsp.testsupport.Antwoordcontract.geinstalleerd()).isTrue();
    }

    @Test
    void readiness_meldt_database_en_kafka_op() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }

    @Test
    void metrics_zijn_in_prometheus_formaat() {
        given().when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void een_onbekend_pad_is_404_problem_json() {
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/bestaat-niet")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("API-Version", "1.0.0")
                .body("type", equalTo("urn:nl:wsp:probleem:niet-gevonden"));
    }

    @Test
    void elke_consument_zet_een_mislukt_bericht_alleen_opzij_zolang_de_dienst_niet_stopt() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        java.util.List<String> kanalen = java.util.stream.StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(n -> n.startsWith("mp.messaging.incoming.") && n.endsWith(".connector"))
                .map(n -> n.substring("mp.messaging.incoming.".length(), n.length() - ".connector".length()))
                .distinct().toList();
        for (String kanaal : kanalen) {
            org.assertj.core.api.Assertions.assertThat(config.getOptionalValue(
                            "mp.messaging.incoming." + kanaal + ".failure-strategy", String.class))
                    .as("channel %s: a record that failed because the service stops must not be dead-lettered", kanaal)
                    .contains(nl.wsp.platform.inbox.DeadLetterBehalveBijHetStoppen.NAAM);
        }
    }
}
