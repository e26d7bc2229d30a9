package nl.wsp.account.werkgever;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class BezoeklijstTest {

    private static void bezoek(Testdata.Adviseur a, String werkgever, LocalDate datum) {
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body("""
                        {"soort": "bezoek", "datum": "%s", "adviseurId": "%s", "samenvatting": "Bedrijfsbezoek"}
                        """.formatted(datum, a.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(201);
    }

    @Test
    void werkgevers_met_meer_dan_25_werknemers_die_12_maanden_niet_bezocht_zijn_staan_op_de_lijst_van_hun_accountmanager() {
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String nooit = Testdata.werkgever("Nooit Bezocht BV", "bouw", 26, am.id());
        String lang = Testdata.werkgever("Lang Geleden BV", "bouw", 200, am.id());
        String recent = Testdata.werkgever("Recent Bezocht BV", "bouw", 200, am.id());
        String klein = Testdata.werkgever("Klein BV", "bouw", 25, am.id());
        bezoek(am, lang, LocalDate.now().minusMonths(13));
        bezoek(am, recent, LocalDate.now().minusMonths(2));

        List<String> lijst = given().auth().oauth2(am.token()).get("/api/v1/werklijsten/bezoeken?accountmanagerId=" + am.id())
                .then().statusCode(200).extract().path("resultaten.werkgeverId");
        assertThat(lijst).containsExactly(nooit, lang).doesNotContain(recent, klein);
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/werklijsten/bezoeken").then().statusCode(403);
    }
}
