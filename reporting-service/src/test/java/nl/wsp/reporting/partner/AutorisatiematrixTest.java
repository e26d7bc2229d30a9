package nl.wsp.reporting.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.wsp.platform.regels.Autorisatiematrix;
import nl.wsp.platform.regels.Autorisatiematrix.Verzoek;
import nl.wsp.reporting.TestBellers;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the live OpenAPI document as every persona, against real targets of a fresh region, held to
 * {@code src/test/resources/autorisatiematrix.csv} (the frame's {@link Autorisatiematrix}): a new endpoint without a
 * row there fails this test.
 */
@QuarkusTest
class AutorisatiematrixTest {

    private final AtomicInteger jaar = new AtomicInteger(2001);
    /** The partner of the test's region whose targets the matrix sets (a target names a partner or municipalities). */
    private static String partner;

    @Test
    void elke_operatie_antwoordt_elke_persona_zoals_de_tabel_zegt() {
        String regio = TestRegio.nieuw();
        partner = "gemeente-m-" + UUID.randomUUID().toString().substring(0, 8);
        TestRegio.partner(partner, regio);
        UUID anderePartnerAdviseur = UUID.randomUUID(); // an adviser of another partner of the region, with this partner's claim
        String anderePartner = "gemeente-n-" + UUID.randomUUID().toString().substring(0, 8);
        TestRegio.partner(anderePartner, regio);
        TestBellers.registreer(anderePartnerAdviseur, anderePartner);
        String reintegratie = "re-integratiebedrijf-m-" + UUID.randomUUID().toString().substring(0, 8);
        TestRegio.partner(reintegratie, regio, "re-integratiebedrijf");
        UUID reintegratieAdviseur = UUID.randomUUID();
        TestBellers.registreer(reintegratieAdviseur, reintegratie);
        String teLezen = doelstelling(regio, 2098);
        String teVerwijderen = doelstelling(regio, 2099);

        Supplier<String> nieuwDoel = () -> doel(regio, jaar.getAndIncrement());
        Supplier<String> wijziging = () -> doel(regio, 2098).replace("\"aantal\": 10", "\"aantal\": 12");
        Supplier<String> csv = () -> """
                {"regio": "%s", "soort": "plaatsingen", "csv": "placement_kind,municipalities,target_%d\\nWajong,region,35\\n"}
                """.formatted(regio, jaar.getAndIncrement());
        Supplier<String> afleiding = () -> """
                {"regio": "%s", "jaar": %d, "soort": "banenafspraak-markt", "landelijkDoel": 9000, "regioAandeelProcent": 1.86,
                 "gemeenteAandelen": {"Amersfoort": 40, "Baarn": 10, "Bunschoten": 10, "Leusden": 10, "Nijkerk": 10, "Soest": 10, "Woudenberg": 10}}
                """.formatted(regio, jaar.getAndIncrement());
        Verzoek periode = Verzoek.leeg().query("regio", regio).query("jaar", "2026");
        TestRegio.sector(regio, "logistiek");
        String indicatordoelTeLezen = indicatordoel(regio, 2098);
        String indicatordoelTeVerwijderen = indicatordoel(regio, 2099);
        Supplier<String> nieuwIndicatordoel = () -> indicatordoelInvoer(regio, jaar.getAndIncrement(), 10);
        Supplier<String> sectorplan = () -> {
            TestRegio.sector(regio, "logistiek"); // again: herbouwRapportages, called before it, empties the employers' read model
            return """
                    {"regio": "%s", "jaar": 2097, "indicatoren": [{"indicator": "bedrijfsbezoeken", "doel": 40}, {"indicator": "nps", "doel": 25}]}
                    """.formatted(regio);
        };

        Autorisatiematrix.Resultaat resultaat = Autorisatiematrix.volgens("autorisatiematrix.csv")
                .persona("geenToken", null)
                .persona("onbekendePartner", Tokens.adviseur("bestaat-niet-" + UUID.randomUUID().toString().substring(0, 8),
                        UUID.randomUUID().toString()))
                .persona("partnersysteem", Tokens.partnersysteem(partner))
                .persona("adviseur", TestBellers.adviseur(partner))
                .persona("onbekendeAdviseur", Tokens.adviseur(partner, UUID.randomUUID().toString()))
                .persona("adviseurAnderePartner", Tokens.adviseur(partner, anderePartnerAdviseur.toString()))
                .persona("dashboard", Tokens.dashboard())
                .persona("beheerderAndereRegio", Tokens.beheerder("Midden-Brabant"))
                .persona("eigenaar", Tokens.beheerder(regio))
                .persona("beheerder", Tokens.beheerder())
                .persona("beperktePartner", Tokens.adviseur(reintegratie, reintegratieAdviseur.toString()))
                .verzoek("stelDoelstellingVast", Verzoek.leeg().body(nieuwDoel))
                .verzoek("lijstDoelstellingen", Verzoek.leeg().query("regio", regio))
                .verzoek("leesDoelstelling", Verzoek.leeg().pad("id", teLezen))
                .verzoek("wijzigDoelstelling", Verzoek.leeg().pad("id", teLezen).body(wijziging))
                .verzoek("verwijderDoelstelling", Verzoek.leeg().pad("id", teVerwijderen))
                .verzoek("importeerDoelstellingen", Verzoek.leeg().body(csv))
                .verzoek("leidDoelstellingenAf", Verzoek.leeg().body(afleiding))
                .verzoek("leesPlaatsingen", periode)
                .verzoek("leesPlaatsingenPerPeriode", periode)
                .verzoek("leesRealisatie", periode)
                .verzoek("leesBanenafspraak", Verzoek.leeg().query("regio", regio))
                .verzoek("leesStuurgroeprapportage", periode)
                .verzoek("leesDuurzaamheid", periode)
                .verzoek("leesNpsRapportage", Verzoek.leeg().query("regio", regio))
                .verzoek("leesContactverzoekenRapportage", periode)
                .verzoek("leesDienstverlening", periode)
                .verzoek("leesNetwerk", periode)
                .verzoek("leesEvenementen", periode)
                // issue 17 item 4
                .verzoek("leesTeamrapportage", periode)
                .verzoek("leesAdviseursrapportage", periode)
                .verzoek("leesRegio", Verzoek.leeg().pad("regio", regio))
                // issue 18 (reports)
                .verzoek("leesRealisatiePerPeriode", periode)
                .verzoek("leesSchadelastbeperking", periode)
                // issue 17 item 5
                .verzoek("stelIndicatordoelVast", Verzoek.leeg().body(nieuwIndicatordoel))
                .verzoek("lijstIndicatordoelen", Verzoek.leeg().query("regio", regio))
                .verzoek("leesIndicatordoel", Verzoek.leeg().pad("id", indicatordoelTeLezen))
                .verzoek("wijzigIndicatordoel", Verzoek.leeg().pad("id", indicatordoelTeLezen).body(() -> indicatordoelInvoer(regio, 2098, 12)))
                .verzoek("verwijderIndicatordoel", Verzoek.leeg().pad("id", indicatordoelTeVerwijderen))
                .verzoek("lijstSectorplannen", periode)
                .verzoek("stelSectorplanVast", Verzoek.leeg().pad("sector", "logistiek").body(sectorplan))
                .verzoek("leesIndicatorrealisatie", periode)
                // issue 17 item 6: social return (docs/adr/0032)
                .verzoek("leesSroiRapportage", periode)
                // issue 18 item 2: the Banenafspraak per sector and its baselines (docs/adr/0045)
                .verzoek("leesBanenafspraakPerSector", Verzoek.leeg().query("regio", regio))
                .verzoek("lijstBanenafspraakNulmetingen", Verzoek.leeg().query("regio", regio))
                .verzoek("stelBanenafspraakNulmetingVast", Verzoek.leeg().pad("sector", "markt")
                        .body(() -> "{\"regio\": \"%s\", \"peildatum\": \"2012-12-31\", \"aantal\": 0}".formatted(regio)))
                // issue 18 items 5 and 7 (docs/adr/0043)
                .verzoek("leesKandidatenpool", Verzoek.leeg().query("regio", regio))
                .verzoek("leesEerlijkheidsmonitor", periode)
                .run();

        System.out.println("reporting-service autorisatiematrix: " + resultaat);
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.operaties()).isGreaterThanOrEqualTo(22);
    }

    private static String doel(String regio, int jaar) {
        return """
                {"regio": "%s", "jaar": %d, "soort": "plaatsingen", "doelgroep": "wajong", "partner": "%s", "aantal": 10}
                """.formatted(regio, jaar, partner);
    }

    private static String indicatordoelInvoer(String regio, int jaar, int doel) {
        return """
                {"regio": "%s", "jaar": %d, "indicator": "bedrijfsbezoeken", "sector": "logistiek", "doel": %d}
                """.formatted(regio, jaar, doel);
    }

    private static String indicatordoel(String regio, int jaar) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(indicatordoelInvoer(regio, jaar, 10))
                .post("/api/v1/indicatordoelen").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static String doelstelling(String regio, int jaar) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(doel(regio, jaar))
                .post("/api/v1/doelstellingen").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
