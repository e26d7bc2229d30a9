package nl.wsp.account;

import io.restassured.http.ContentType;
import nl.wsp.testsupport.Tokens;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Fresh partners, advisers and employers through the API, with random codes so tests never meet each other's data. */
public final class Testdata {

    private Testdata() {
    }

    public record Adviseur(String id, String partner, String gebruikersnaam) {
        /** The adviser's token: {@code sub} is the adviser id, {@code partner} their partner (docs/api.md). */
        public String token() {
            return Tokens.adviseur(partner, id);
        }
    }

    /** Every element of a paged list ({@code {resultaten, volgendeCursor}}), page after page. */
    public static java.util.List<java.util.Map<String, Object>> allePaginas(String token, String pad) {
        java.util.List<java.util.Map<String, Object>> alle = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var pagina = given().auth().oauth2(token).queryParam("limiet", 200)
                    .queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", cursor))
                    .get(pad).then().statusCode(200).extract().jsonPath();
            alle.addAll(pagina.getList("resultaten"));
            cursor = pagina.getString("volgendeCursor");
        } while (cursor != null);
        return alle;
    }

    public static String kort() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String kvk() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
    }

    public static String partner() {
        return partner("Amersfoort");
    }

    /** A fresh partner of {@code regio}. */
    public static String partner(String regio) {
        String code = "gemeente-t-" + kort();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "naam": "Gemeente Test", "soort": "gemeente", "regio": "%s"}
                        """.formatted(code, regio))
                .post("/api/v1/partners").then().statusCode(201);
        return code;
    }

    /**
     * A fresh partner of region Amersfoort with a limited role (docs/adr/0042): {@code re-integratiebedrijf} or
     * {@code private-bemiddelaar}.
     */
    public static String beperktePartner(String soort) {
        String code = soort + "-t-" + kort();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "naam": "Test %s", "soort": "%s", "regio": "Amersfoort"}
                        """.formatted(code, soort, soort))
                .post("/api/v1/partners").then().statusCode(201);
        return code;
    }

    public static Adviseur adviseur(String partner) {
        String gebruikersnaam = "adviseur-" + kort() + "@" + partner;
        String id = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"partner": "%s", "gebruikersnaam": "%s", "naam": "Fatima de Vries"}
                        """.formatted(partner, gebruikersnaam))
                .post("/api/v1/adviseurs").then().statusCode(201).extract().path("id");
        return new Adviseur(id, partner, gebruikersnaam);
    }

    /** A fresh adviser of a fresh partner of region Amersfoort. */
    public static Adviseur adviseur() {
        return adviseur(partner());
    }

    public static String werkgeverJson(String kvk, String naam, String gemeente, String sector, int werknemers, String accountmanagerId) {
        return """
                {"kvkNummer": "%s", "naam": "%s", "vestigingsgemeente": "%s", "sector": "%s", "aantalWerknemers": %d%s}
                """.formatted(kvk, naam, gemeente, sector, werknemers,
                accountmanagerId == null ? "" : ", \"accountmanagerId\": \"" + accountmanagerId + "\"");
    }

    public static String werkgever(String naam, String sector, int werknemers, String accountmanagerId) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(werkgeverJson(kvk(), naam, "Amersfoort", sector, werknemers, accountmanagerId))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
    }
}
