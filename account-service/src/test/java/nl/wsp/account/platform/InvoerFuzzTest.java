package nl.wsp.account.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.wsp.account.Testdata;
import nl.wsp.platform.regels.Invoerfuzz;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the live OpenAPI document, fed wrong input one part at a time (the frame's {@link Invoerfuzz}):
 * never a 5xx, every refusal problem JSON, and no refusal changes a row count of account-service's database.
 */
@QuarkusTest
class InvoerFuzzTest {

    /** What only a beheerder may do (docs/api.md); every other operation is called as the employer's account manager. */
    private static final Set<String> BEHEERDER = Set.of("registreerPartner", "registreerAdviseur", "richtSectortafelIn",
            "wijzigSectortafel", "richtTeamIn", "wijzigTeam", "deelAdviseurIn");

    @Inject
    DataSource database;

    @Test
    void geen_invoer_geeft_een_5xx_en_geen_weigering_laat_iets_achter() {
        Testdata.Adviseur adviseur = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Fuzz BV", "bouw", 12, adviseur.id());
        String verzoek = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Leerwerkplek\"}")
                .post("/api/v1/contactverzoeken").then().statusCode(201).extract().path("id");
        String moment = given().auth().oauth2(adviseur.token()).contentType(ContentType.JSON)
                .body("""
                        {"soort": "bezoek", "datum": "2026-03-02", "adviseurId": "%s", "samenvatting": "Bezoek"}
                        """.formatted(adviseur.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(201).extract().path("id");

        String evenement = given().auth().oauth2(adviseur.token()).contentType(ContentType.JSON)
                .body("{\"naam\": \"Fuzzbijeenkomst\", \"soort\": \"speedmeet\", \"niveau\": \"regio\", \"datum\": \"2026-03-02\"}")
                .post("/api/v1/evenementen").then().statusCode(201).extract().path("id");
        String keyAccount = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Fuzz Key BV", "Amersfoort", "bouw", 300, adviseur.id())
                        .replace("\"aantalWerknemers\": 300", "\"aantalWerknemers\": 300, \"keyAccount\": true"))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
        String team = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"regio\": \"Amersfoort\", \"naam\": \"Fuzz " + Testdata.kort() + "\", \"werkgebied\": [\"Soest\"]}")
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        String sroi = given().auth().oauth2(adviseur.token()).contentType(ContentType.JSON)
                .body("{\"aanbesteding\": \"Fuzz\", \"opdrachtgever\": \"" + adviseur.partner()
                        + "\", \"bedrag\": 1000, \"periodeVan\": \"2026-01-01\", \"periodeTot\": \"2026-12-31\"}")
                .post("/api/v1/werkgevers/" + werkgever + "/sroi-verplichtingen").then().statusCode(201).extract().path("id");

        Invoerfuzz.Resultaat resultaat = Invoerfuzz.voor(database)
                .token(op -> "ontvangWebsiteContactverzoek".equals(op.operationId()) ? Tokens.website()
                        : BEHEERDER.contains(op.operationId()) ? Tokens.beheerder() : adviseur.token())
                .pad("werkgeverId", werkgever)
                .pad("code", adviseur.partner())
                .pad("/api/v1/werkgevers/{id}", "id", werkgever)
                .pad("/api/v1/werkgevers/{id}/accountmanager-toewijzingen", "id", werkgever)
                .pad("/api/v1/adviseurs/{id}", "id", adviseur.id())
                .pad("/api/v1/contactverzoeken/{id}", "id", verzoek)
                .pad("/api/v1/contactverzoeken/{id}/beantwoorden", "id", verzoek)
                .pad("/api/v1/werkgevers/{werkgeverId}/contactmomenten/{id}", "id", moment)
                .pad("/api/v1/evenementen/{id}", "id", evenement)
                .pad("/api/v1/evenementen/{id}/aanwezigheid", "id", evenement)
                .veld("organisator", adviseur.partner())
                .veld("werkgeverIds", java.util.List.of(werkgever))
                .pad("/api/v1/werkgevers/{id}/accountplan", "id", keyAccount)
                .pad("/api/v1/teams/{id}", "id", team)
                .pad("/api/v1/teams/{id}/leden", "id", team)
                .pad("/api/v1/teams/{id}/leden/{adviseurId}", "id", team)
                .pad("/api/v1/teams/{id}/leden/{adviseurId}", "adviseurId", adviseur.id())
                .pad("/api/v1/sroi-verplichtingen/{id}", "id", sroi)
                .veld("opdrachtgever", adviseur.partner())
                .veld("werkgeverId", werkgever)
                .veld("adviseurId", adviseur.id())
                .veld("accountmanagerId", adviseur.id())
                .veld("contactAdviseurId", adviseur.id())
                .veld("partner", adviseur.partner())
                .veld("regio", "Amersfoort")
                .veld("vestigingsgemeente", "Amersfoort")
                .veld("kvkNummer", Testdata.kvk())
                .run();

        System.out.println("account-service fuzz: " + resultaat);
        resultaat.aanvaardeVarianten().forEach(v -> System.out.println("  aanvaard: " + v));
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.vijfhonderden()).isZero();
        assertThat(resultaat.operaties()).isGreaterThanOrEqualTo(26);
        assertThat(resultaat.verzoeken()).isGreaterThan(300);
    }
}
