package nl.wsp.vacancy.beller;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A beheerder whose token names a region (claim {@code regio}) works for that region only (issue 13 item 1). */
@QuarkusTest
class RegionaleBeheerderTest {

    @Inject
    EntityManager em;

    private String vacatureInAmersfoort(Testdata.Account account) {
        return given().auth().oauth2(account.token()).contentType("application/json")
                .body(Testdata.vacature(account.werkgeverId()))
                .post("/api/v1/vacatures").then().statusCode(201).extract().path("id");
    }

    @Test
    void een_beheerder_van_een_andere_regio_krijgt_404_op_een_vacature_en_ziet_hem_niet_in_de_lijst() {
        String id = vacatureInAmersfoort(Testdata.werkgever(em, "gemeente-amersfoort"));
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).when().get("/api/v1/vacatures/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).when().get("/api/v1/vacatures?limiet=200")
                .then().statusCode(200).body("resultaten.id", not(hasItem(id)));
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).when().post("/api/v1/vacatures/" + id + "/breed-uitzetten")
                .then().statusCode(404);
    }

    @Test
    void een_beheerder_van_de_eigen_regio_en_de_landelijke_beheerder_zien_hem_wel() {
        String id = vacatureInAmersfoort(Testdata.werkgever(em, "gemeente-amersfoort"));
        given().auth().oauth2(Tokens.beheerder("Amersfoort")).when().get("/api/v1/vacatures/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/vacatures/" + id).then().statusCode(200);
    }

    @Test
    void een_beheerder_van_een_andere_regio_opent_geen_vacature_voor_een_werkgever_van_amersfoort() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).contentType("application/json")
                .body(Testdata.vacature(account.werkgeverId()))
                .post("/api/v1/vacatures").then().statusCode(404).contentType("application/problem+json");
        long aantal = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM vacature WHERE werkgever_id = ?1").setParameter(1, account.werkgeverId())
                .getSingleResult()).longValue());
        assertThat(aantal).isZero();
    }

    private static String abonnement(String token, String partner) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(java.util.Map.of("url", "http://127.0.0.1:9/regio", "partner", partner))
                .post("/api/v1/webhook-abonnementen").then().statusCode(201).extract().path("id");
    }

    @Test
    void een_beheerder_van_een_andere_regio_ziet_en_beeindigt_geen_webhookabonnement_van_amersfoort_404() {
        Testdata.partners(em);
        String id = abonnement(Tokens.beheerder(), "gemeente-baarn");
        String brabant = Tokens.beheerder("Midden-Brabant");
        given().auth().oauth2(brabant).when().get("/api/v1/webhook-abonnementen/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(brabant).when().get("/api/v1/webhook-abonnementen/" + id + "/afleveringen")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(brabant).when().get("/api/v1/webhook-abonnementen?limiet=200")
                .then().statusCode(200).body("resultaten.id", not(hasItem(id)));
        given().auth().oauth2(brabant).when().delete("/api/v1/webhook-abonnementen/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        boolean actief = QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                "SELECT actief FROM webhook_abonnement WHERE id = ?1").setParameter(1, UUID.fromString(id)).getSingleResult());
        assertThat(actief).isTrue();
    }

    @Test
    void een_beheerder_van_een_regio_registreert_alleen_voor_partners_van_die_regio_en_ziet_die_wel() {
        Testdata.partners(em);
        String amersfoort = Tokens.beheerder("Amersfoort");
        long voor = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM webhook_abonnement").getSingleResult()).longValue());
        given().auth().oauth2(amersfoort).contentType("application/json")
                .body(java.util.Map.of("url", "http://127.0.0.1:9/regio", "partner", Testdata.BRABANTSE_PARTNER))
                .post("/api/v1/webhook-abonnementen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("partner"));
        long na = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM webhook_abonnement").getSingleResult()).longValue());
        assertThat(na).isEqualTo(voor);

        String eigen = abonnement(amersfoort, "gemeente-soest");
        String tilburg = abonnement(Tokens.beheerder(), Testdata.BRABANTSE_PARTNER);
        given().auth().oauth2(amersfoort).when().get("/api/v1/webhook-abonnementen/" + eigen).then().statusCode(200);
        given().auth().oauth2(amersfoort).when().get("/api/v1/webhook-abonnementen?limiet=200").then().statusCode(200)
                .body("resultaten.id", hasItem(eigen)).body("resultaten.id", not(hasItem(tilburg)))
                .body("resultaten.partner", not(hasItem(Testdata.BRABANTSE_PARTNER)));
        given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/webhook-abonnementen/" + tilburg).then().statusCode(200);
        given().auth().oauth2(amersfoort).when().delete("/api/v1/webhook-abonnementen/" + eigen).then().statusCode(204);
    }
}
