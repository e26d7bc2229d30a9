package nl.wsp.reporting;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
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

    /** A partner of the region as the partner events store it (table partner), so that targets may name it. */
    public static void partner(String code, String regio) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO partner (partner_id, code, naam, soort, regio) VALUES (?1, ?2, ?2, 'gemeente', ?3)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, code).setParameter(3, regio).executeUpdate());
    }
}
