package nl.wsp.matching.kandidaat;

import nl.wsp.matching.TestBellers;
import io.restassured.response.ValidatableResponse;
import nl.wsp.testsupport.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data: candidates as partner systems push them, with fresh references and partners per test. */
public final class Kandidaten {

    public static final String SCHOONMAKER_GEBOUWEN = "http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397";
    static final String HEFTRUCK_RIJDEN = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";

    private Kandidaten() {
    }

    public static String partner() {
        return "gemeente-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String referentie() {
        return "REF-" + UUID.randomUUID(); // a whole UUID: the BSN guard leaves it alone (a part of one can pass the eleven-test)
    }

    /** A complete candidate (completeness 100). */
    public static Map<String, Object> volledig(String referentie) {
        Map<String, Object> k = new HashMap<>();
        k.put("referentie", referentie);
        k.put("naam", Map.of("voornaam", "Fatima", "achternaam", "El Amrani"));
        k.put("contact", Map.of("email", "f.elamrani@example.nl", "telefoon", "06-12345678",
                "adres", Map.of("straat", "Stadsring", "huisnummer", "12a", "postcode", "3811 HN", "woonplaats", "Amersfoort")));
        k.put("woongemeente", "Amersfoort");
        k.put("doelgroepen", List.of("bijstand"));
        k.put("kwetsbaarheden", List.of("alleenstaande-ouder"));
        k.put("jobreadySinds", "2026-09-01");
        k.put("urenPerWeek", 24);
        k.put("mobiliteit", Map.of("maximaleReisafstandKm", 15, "gemeenten", List.of("Leusden", "soest")));
        k.put("gewensteBeroepen", List.of("schoonmaker gebouwen"));
        k.put("vaardigheden", List.of("operate a forklift"));
        k.put("werkervaring", List.of(Map.of("beroep", "building cleaner", "jaren", 3)));
        k.put("opleidingsniveau", "mbo-2");
        k.put("talen", List.of("nl", "ar"));
        k.put("rijbewijzen", List.of("B"));
        k.put("werknemersvaardigheden", List.of("punctualiteit", "samenwerken-en-overleggen"));
        k.put("leefgebieden", List.of(Map.of("gebied", "schulden", "notitie", "Schuldhulpverlening loopt, regeling getroffen")));
        return k;
    }

    /** Only what is required. */
    static Map<String, Object> minimaal(String referentie) {
        Map<String, Object> k = new HashMap<>();
        k.put("referentie", referentie);
        k.put("woongemeente", "Soest");
        k.put("doelgroepen", List.of("ww"));
        return k;
    }

    public static ValidatableResponse push(String partner, List<?> kandidaten) {
        return given().auth().oauth2(TestBellers.partnersysteem(partner)).contentType("application/json")
                .body(Map.of("kandidaten", kandidaten))
                .when().post("/api/v1/kandidaten").then();
    }

    public static UUID pushEen(String partner, Map<String, Object> kandidaat) {
        return UUID.fromString(push(partner, List.of(kandidaat)).statusCode(200).extract().path("resultaten[0].id"));
    }
}
