package nl.wsp.vacancy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays deploy/demo/amersfoort/20-vacancy.json against this service, with the employers that 10-account.json would
 * have created standing in as fresh employers: every step must succeed, so `./wsp up` does not stop on our file.
 */
@QuarkusTest
class DemoDataTest {

    private static final Pattern VARIABELE = Pattern.compile("\\$\\{([^}]+)}");

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    @Test
    void elke_stap_van_de_demodata_slaagt() throws Exception {
        JsonNode stappen = json.readTree(Path.of("../deploy/demo/amersfoort/20-vacancy.json").toFile());
        Map<String, String> bewaard = new HashMap<>();
        int geslaagd = 0;
        for (JsonNode stap : stappen) {
            assertThat(stap.path("service").asText()).isEqualTo("vacancy");
            String tekst = json.writeValueAsString(stap);
            Matcher m = VARIABELE.matcher(tekst);
            while (m.find()) {
                String naam = m.group(1);
                if (naam.startsWith("wg_") && !bewaard.containsKey(naam)) {
                    bewaard.put(naam, Testdata.werkgever(em, "gemeente-amersfoort").werkgeverId().toString());
                }
            }
            StringBuilder vervangen = new StringBuilder();
            m = VARIABELE.matcher(tekst);
            while (m.find()) {
                assertThat(bewaard).as("variable %s saved before use", m.group(1)).containsKey(m.group(1));
                m.appendReplacement(vervangen, Matcher.quoteReplacement(bewaard.get(m.group(1))));
            }
            m.appendTail(vervangen);
            JsonNode s = json.readTree(vervangen.toString());
            RequestSpecification request = given().auth().oauth2(Tokens.beheerder());
            if (s.has("body")) {
                request = request.contentType(ContentType.JSON).body(json.writeValueAsString(s.get("body")));
            }
            Response response = request.when().request(s.path("method").asText(), s.path("path").asText());
            assertThat(response.statusCode()).as("%s %s: %s", s.path("method").asText(), s.path("path").asText(),
                    response.asString()).isBetween(200, 299);
            if (s.has("save")) {
                s.get("save").fields().forEachRemaining(e -> bewaard.put(e.getKey(), response.path(e.getValue().asText())));
            }
            geslaagd++;
        }
        assertThat(geslaagd).isGreaterThanOrEqualTo(10);
    }
}
