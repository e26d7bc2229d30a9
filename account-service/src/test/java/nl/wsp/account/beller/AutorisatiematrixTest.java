package nl.wsp.account.beller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.account.Testdata;
import nl.wsp.platform.regels.Autorisatiematrix;
import nl.wsp.platform.regels.Autorisatiematrix.Verzoek;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the live OpenAPI document as every persona, against real resources, held to
 * {@code src/test/resources/autorisatiematrix.csv} (the frame's {@link Autorisatiematrix}): a new endpoint without a
 * row there fails this test.
 */
@QuarkusTest
class AutorisatiematrixTest {

    @Test
    void elke_operatie_antwoordt_elke_persona_zoals_de_tabel_zegt() {
        String p1 = Testdata.partner();
        String teDeactiveren = Testdata.partner(); // deactivating p1 would refuse its advisers in every later call
        Testdata.Adviseur eigenaar = Testdata.adviseur(p1);
        Testdata.Adviseur opvolger = Testdata.adviseur(p1);
        Testdata.Adviseur ander = Testdata.adviseur(Testdata.partner());
        Testdata.Adviseur brabant = Testdata.adviseur(Testdata.partner("Midden-Brabant"));
        Testdata.Adviseur reintegratie = Testdata.adviseur(Testdata.beperktePartner("re-integratiebedrijf"));
        String werkgever = Testdata.werkgever("Matrix BV", "bouw", 10, eigenaar.id());
        String overTeDragen = Testdata.werkgever("Matrix Twee BV", "bouw", 10, eigenaar.id());
        String verzoek = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Leerwerkplek\"}")
                .post("/api/v1/contactverzoeken").then().statusCode(201).extract().path("id");
        String moment = given().auth().oauth2(eigenaar.token()).contentType(ContentType.JSON)
                .body(contactmoment(eigenaar.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(201).extract().path("id");
        String tafel = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(sectortafel(eigenaar.id()))
                .post("/api/v1/sectortafels").then().statusCode(201).extract().path("id");

        String evenement = given().auth().oauth2(eigenaar.token()).contentType(ContentType.JSON)
                .body(evenement(p1)).post("/api/v1/evenementen").then().statusCode(201).extract().path("id");
        // issue 17 item 7: a key account with a plan
        String keyAccount = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Matrix Key BV", "Amersfoort", "bouw", 300, eigenaar.id())
                        .replace("\"aantalWerknemers\": 300", "\"aantalWerknemers\": 300, \"keyAccount\": true"))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(eigenaar.token()).contentType(ContentType.JSON).body(accountplan())
                .put("/api/v1/werkgevers/" + keyAccount + "/accountplan").then().statusCode(200);

        // issue 17 item 6: a social return obligation
        String sroi = given().auth().oauth2(eigenaar.token()).contentType(ContentType.JSON).body(sroiVerplichting(p1))
                .post("/api/v1/werkgevers/" + werkgever + "/sroi-verplichtingen").then().statusCode(201).extract().path("id");

        // issue 17 item 4: teams
        String team = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(team())
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");

        String contactpersoon = "{\"adviseurId\": \"" + eigenaar.id() + "\", \"telefoon\": \"033-4690000\"}";
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(contactpersoon)
                .put("/api/v1/regio-contactpersonen/Amersfoort").then().statusCode(200);

        Autorisatiematrix.Resultaat resultaat = Autorisatiematrix.volgens("autorisatiematrix.csv")
                .persona("geenToken", null)
                .persona("onbekendePartner", Tokens.adviseur("bestaat-niet-" + Testdata.kort(), UUID.randomUUID().toString()))
                .persona("dashboard", Tokens.dashboard())
                .persona("andereRegio", brabant.token())
                .persona("beheerderAndereRegio", Tokens.beheerder("Midden-Brabant"))
                .persona("anderePartner", ander.token())
                .persona("eigenaar", eigenaar.token())
                .persona("beheerder", Tokens.beheerder())
                .persona("beperktePartner", reintegratie.token())
                .persona("website", Tokens.website())
                .verzoek("registreerPartner", Verzoek.leeg().body(() -> """
                        {"code": "gemeente-m-%s", "naam": "Gemeente Matrix", "soort": "gemeente", "regio": "Amersfoort"}
                        """.formatted(Testdata.kort())))
                .verzoek("leesPartner", Verzoek.leeg().pad("code", p1))
                .verzoek("deactiveerPartner", Verzoek.leeg().pad("code", teDeactiveren))
                .verzoek("activeerPartner", Verzoek.leeg().pad("code", teDeactiveren))
                // issue 17 item 8: an executing organisation (ADR 0041)
                .verzoek("stelUitvoeringIn", Verzoek.leeg().pad("code", teDeactiveren).body(() -> "{\"uitvoerendVoor\": [\"Soest\"]}"))
                .verzoek("lijstPartnerStatuswijzigingen", Verzoek.leeg().pad("code", teDeactiveren))
                .verzoek("registreerAdviseur", Verzoek.leeg().body(() -> """
                        {"partner": "%s", "gebruikersnaam": "m-%s@%s", "naam": "Matrix Adviseur"}
                        """.formatted(p1, Testdata.kort(), p1)))
                .verzoek("leesAdviseur", Verzoek.leeg().pad("id", eigenaar.id()))
                .verzoek("richtSectortafelIn", Verzoek.leeg().body(() -> sectortafel(eigenaar.id())))
                .verzoek("wijzigSectortafel", Verzoek.leeg().pad("id", tafel).body(() -> sectortafel(eigenaar.id())))
                .verzoek("registreerWerkgever", Verzoek.leeg().body(() ->
                        Testdata.werkgeverJson(Testdata.kvk(), "Nieuw BV", "Amersfoort", "bouw", 5, eigenaar.id())))
                .verzoek("leesWerkgever", Verzoek.leeg().pad("id", werkgever))
                .verzoek("wijzigWerkgever", Verzoek.leeg().pad("id", werkgever).body(() -> """
                        {"naam": "Matrix BV", "vestigingsgemeente": "Amersfoort", "sector": "bouw", "aantalWerknemers": 11,
                         "keyAccount": false, "smaakmaker": false}
                        """))
                .verzoek("lijstAccountmanagerToewijzingen", Verzoek.leeg().pad("id", werkgever))
                .verzoek("wijsAccountmanagerToe", Verzoek.leeg().pad("id", overTeDragen).body(() -> """
                        {"accountmanagerId": "%s", "huidigeAccountmanagerId": "%s", "reden": "neemt het over"}
                        """.formatted(opvolger.id(), eigenaar.id())))
                .verzoek("registreerContactmoment", Verzoek.leeg().pad("werkgeverId", werkgever)
                        .body(() -> contactmoment(eigenaar.id())))
                .verzoek("lijstContactmomenten", Verzoek.leeg().pad("werkgeverId", werkgever))
                .verzoek("leesContactmoment", Verzoek.leeg().pad("werkgeverId", werkgever).pad("id", moment))
                .verzoek("ontvangContactverzoek", Verzoek.leeg().body(() ->
                        "{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Nog een vraag\"}"))
                .verzoek("registreerNpsMeting", Verzoek.leeg().body(() -> "{\"werkgeverId\": \"" + werkgever
                        + "\", \"meetronde\": \"" + (2100 + ThreadLocalRandom.current().nextInt(800)) + "-2\", \"score\": 8}"))
                .verzoek("leesContactverzoek", Verzoek.leeg().pad("id", verzoek))
                .verzoek("leesNaleving24Uur", Verzoek.leeg().query("van", "2026-03-01").query("tot", "2026-03-31"))
                .verzoek("leesNpsUitslag", Verzoek.leeg().query("meetronde", "2026-1"))
                .verzoek("beantwoordContactverzoek", Verzoek.leeg().pad("id", verzoek))
                .verzoek("stelRegioContactpersoonIn", Verzoek.leeg().pad("regio", "Amersfoort").body(() -> contactpersoon))
                .verzoek("leesRegioContactpersoon", Verzoek.leeg().pad("regio", "Amersfoort"))
                .verzoek("markeerContactenAnderePartnersGezien", Verzoek.leeg().body(() -> "{\"tot\": \"2026-01-01T00:00:00Z\"}"))
                .verzoek("registreerEvenement", Verzoek.leeg().body(() -> evenement(p1)))
                .verzoek("leesEvenement", Verzoek.leeg().pad("id", evenement))
                .verzoek("legAanwezigheidVast", Verzoek.leeg().pad("id", evenement)
                        .body(() -> "{\"werkgeverIds\": [\"" + werkgever + "\"], \"aantalKandidaten\": 3}"))
                // issue 17 item 7: account plans
                .verzoek("stelAccountplanVast", Verzoek.leeg().pad("id", keyAccount).body(AutorisatiematrixTest::accountplan))
                .verzoek("leesAccountplan", Verzoek.leeg().pad("id", keyAccount))
                // issue 17 item 4: teams
                .verzoek("richtTeamIn", Verzoek.leeg().body(AutorisatiematrixTest::team))
                .verzoek("wijzigTeam", Verzoek.leeg().pad("id", team).body(AutorisatiematrixTest::team))
                .verzoek("leesTeam", Verzoek.leeg().pad("id", team))
                .verzoek("deelAdviseurIn", Verzoek.leeg().pad("id", team).pad("adviseurId", eigenaar.id()))
                .verzoek("lijstTeamleden", Verzoek.leeg().pad("id", team))
                // issue 17 item 6: social return obligations
                .verzoek("legSroiVerplichtingVast", Verzoek.leeg().pad("werkgeverId", werkgever).body(() -> sroiVerplichting(p1)))
                .verzoek("lijstSroiVerplichtingen", Verzoek.leeg().pad("werkgeverId", werkgever))
                .verzoek("leesSroiVerplichting", Verzoek.leeg().pad("id", sroi))
                .verzoek("wijzigSroiVerplichting", Verzoek.leeg().pad("id", sroi).body(() -> sroiVerplichting(p1)))
                // issue 17 item 9: the website's intake (a fresh KvK number each time: an employer the WSP does not know)
                .verzoek("ontvangWebsiteContactverzoek", Verzoek.leeg().body(() -> """
                        {"bedrijfsnaam": "Website Matrix BV", "kvkNummer": "%s", "contactpersoon": "Sanne de Vries",
                         "email": "sanne@matrix.nl", "sector": "bouw", "vestigingsgemeente": "Amersfoort", "vraag": "Bel mij"}
                        """.formatted(Testdata.kvk())))
                .run();

        System.out.println("account-service autorisatiematrix: " + resultaat);
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.operaties()).isGreaterThanOrEqualTo(53);
    }

    private static String contactmoment(String adviseur) {
        return """
                {"soort": "bezoek", "datum": "2026-03-02", "adviseurId": "%s", "samenvatting": "Bezoek"}
                """.formatted(adviseur);
    }

    /** An event in the past organised by {@code partner}: only that partner's advisers and a beheerder may name it. */
    private static String evenement(String partner) {
        return """
                {"naam": "Matrixbijeenkomst", "soort": "werkgeversbijeenkomst", "niveau": "regio", "datum": "2026-03-02",
                 "organisator": "%s"}
                """.formatted(partner);
    }

    private static String accountplan() {
        return """
                {"doelen": ["Tien leerwerkplekken"], "acties": [{"omschrijving": "Werkbezoek", "uiterlijk": "2099-01-15", "afgerond": false}],
                 "herzieningsdatum": "2099-06-30"}
                """;
    }

    private static String sroiVerplichting(String opdrachtgever) {
        return """
                {"aanbesteding": "Groenonderhoud %s", "opdrachtgever": "%s", "bedrag": 25000.00, "periodeVan": "2026-01-01", "periodeTot": "2027-12-31"}
                """.formatted(Testdata.kort(), opdrachtgever);
    }

    private static String team() {
        return """
                {"regio": "Amersfoort", "naam": "Team %s", "werkgebied": ["Amersfoort", "Leusden"]}
                """.formatted(Testdata.kort());
    }

    private static String sectortafel(String contact) {
        String s = Testdata.kort();
        return """
                {"regio": "Amersfoort", "naam": "Matrix %s", "sectoren": ["matrix-%s"], "contactAdviseurId": "%s"}
                """.formatted(s, s, contact);
    }
}
