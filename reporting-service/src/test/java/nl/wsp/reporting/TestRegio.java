package nl.wsp.reporting;

import nl.wsp.testsupport.Tokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** A fresh region with Amersfoort's seven municipalities, so that each test counts only its own events. */
public final class TestRegio {

    public static final List<String> GEMEENTEN = List.of("Amersfoort", "Baarn", "Bunschoten", "Leusden", "Nijkerk", "Soest", "Woudenberg");

    private TestRegio() {
    }

    public static String nieuw() {
        String regio = "Amersfoort-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(Map.of("gemeenten", GEMEENTEN))
                .when().put("/api/v1/regios/" + regio)
                .then().statusCode(200);
        return regio;
    }
}
