package nl.wsp.account.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data of region Amersfoort (deploy/demo/amersfoort/10-account.json) runs against this service as the
 * seeder of ./wsp up runs it: every step succeeds, and the result is what the demo promises.
 */
@QuarkusTest
class DemoDataTest {

    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> saved = new HashMap<>();

    @Test
    void de_demodata_van_amersfoort_laadt_zonder_fouten_en_levert_werkgevers_met_accountmanagers_een_nps_evenementen_teams_een_accountplan_en_sroi() throws IOException {
        JsonNode steps = json.readTree(Path.of("../deploy/demo/amersfoort/10-account.json").toFile());
        for (JsonNode step : steps) {
            assertThat(step.path("service").asText()).isEqualTo("account");
            String path = substitute(step.path("path").asText());
            RequestSpecification request = given().auth().oauth2(token(step.path("role").asText("beheerder"), step.path("partner").asText(null)));
            if (step.has("body")) {
                request = request.contentType("application/json").body(substitute(json.writeValueAsString(step.get("body"))));
            }
            Response response = request.when().request(step.path("method").asText("POST"), path);
            assertThat(response.statusCode()).as(path + ": " + response.asString()).isIn(200, 201, 409);
            if (step.has("save") && response.statusCode() < 300) {
                step.get("save").fields().forEachRemaining(e -> saved.put(e.getKey(), response.path(e.getValue().asText())));
            }
        }

        String eemland = saved.get("wg_eemland");
        given().auth().oauth2(Tokens.adviseur("uwv-amersfoort", saved.get("adv_hoekstra"))).get("/api/v1/werkgevers/" + eemland).then().statusCode(200)
                .body("keyAccount", org.hamcrest.Matchers.equalTo(true))
                .body("accountmanager.id", org.hamcrest.Matchers.equalTo(saved.get("adv_bos")));
        List<String> nieuwAmersfoort = given().auth().oauth2(Tokens.beheerder()).get("/api/v1/werkgevers?gemeente=Amersfoort&limiet=200")
                .then().statusCode(200).extract().path("resultaten.naam");
        assertThat(nieuwAmersfoort).contains("Zorggroep Eemland", "Datakade ICT B.V.");
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/nps-metingen/uitslag?meetronde=2026-2&regio=Amersfoort")
                .then().statusCode(200).body("totaal.aantal", org.hamcrest.Matchers.greaterThanOrEqualTo(11));

        // the features added after the first demo: events with attendance, teams, an account plan, a social return obligation
        String beheerder = Tokens.beheerder();
        given().auth().oauth2(beheerder).get("/api/v1/evenementen/" + saved.get("ev_speedmeet")).then().statusCode(200)
                .body("soort", org.hamcrest.Matchers.equalTo("speedmeet"))
                .body("werkgeverIds.size()", org.hamcrest.Matchers.equalTo(2)).body("aantalKandidaten", org.hamcrest.Matchers.equalTo(14));
        given().auth().oauth2(beheerder).get("/api/v1/evenementen/" + saved.get("ev_banenmarkt")).then().statusCode(200)
                .body("soort", org.hamcrest.Matchers.equalTo("banenmarkt"));
        List<String> teams = given().auth().oauth2(beheerder).get("/api/v1/teams?regio=Amersfoort&limiet=100")
                .then().statusCode(200).extract().path("resultaten.naam");
        assertThat(teams).contains("Team Amersfoort-Noord", "Team Eemvallei-Zuid");
        given().auth().oauth2(beheerder).get("/api/v1/teams/" + saved.get("team_noord") + "/leden").then().statusCode(200)
                .body("resultaten.size()", org.hamcrest.Matchers.equalTo(3));
        given().auth().oauth2(beheerder).get("/api/v1/werkgevers/" + saved.get("wg_eemland") + "/accountplan").then().statusCode(200)
                .body("doelen.size()", org.hamcrest.Matchers.equalTo(2)).body("acties.size()", org.hamcrest.Matchers.equalTo(2));
        given().auth().oauth2(beheerder).get("/api/v1/werkgevers/" + saved.get("wg_datakade") + "/sroi-verplichtingen").then().statusCode(200)
                .body("opdrachtgever", org.hamcrest.Matchers.hasItem("gemeente-amersfoort"));
    }

    private String substitute(String text) {
        Matcher m = VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = saved.get(m.group(1));
            assertThat(value).as("${" + m.group(1) + "} is saved before use").isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String token(String role, String partner) {
        return Tokens.sign(role, partner, "demo-" + role + (partner != null ? "@" + partner : ""));
    }
}
