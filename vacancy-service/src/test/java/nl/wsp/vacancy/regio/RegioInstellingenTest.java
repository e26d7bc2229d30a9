package nl.wsp.vacancy.regio;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import nl.wsp.vacancy.werkgever.Werkgever;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 16 item 3: a region's own-caseload window is set through the API by that region's beheerder (or the national
 * one), guarded by If-Match, audited, and effective for vacancies opened afterwards only. Each test has a region of its
 * own, so no other test's vacancies see its window.
 */
@QuarkusTest
class RegioInstellingenTest {

    @Inject
    EntityManager em;
    @Inject
    TestKlok clock;

    @AfterEach
    void klokLooptWeer() {
        clock.loopWeer();
    }

    @Test
    void een_vacature_die_na_de_wijziging_opent_krijgt_de_nieuwe_termijn_en_een_eerdere_houdt_de_hare() {
        Account account = werkgever("Twente", "Enschede");
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.zetOp(t);
        String ervoor = open(account);
        assertThat(eigenBestandTot(ervoor)).isEqualTo(t.plus(Duration.ofHours(24)));

        clock.zetOp(t.plus(Duration.ofMinutes(10)));
        stelIn(Tokens.beheerder("Twente"), "Twente", "PT72H").then().statusCode(200)
                .body("eigenBestandTermijn", equalTo("PT72H")).body("herkomst", equalTo("regio"));

        clock.zetOp(t.plus(Duration.ofMinutes(20)));
        String erna = open(account);
        assertThat(eigenBestandTot(erna)).isEqualTo(t.plus(Duration.ofMinutes(20)).plus(Duration.ofHours(72)));
        assertThat(eigenBestandTot(ervoor)).isEqualTo(t.plus(Duration.ofHours(24)));
        assertThat(kolomEigenBestandTot(ervoor)).isEqualTo(t.plus(Duration.ofHours(24)));
    }

    @Test
    void zonder_eigen_instelling_heeft_een_regio_de_standaardtermijn_uit_de_configuratie() {
        given().auth().oauth2(Tokens.beheerder()).get(pad("Achterhoek")).then().statusCode(200)
                .body("eigenBestandTermijn", equalTo("PT24H")).body("herkomst", equalTo("standaard"))
                .header("ETag", "\"0\"");
        // %test configures Midden-Brabant's default at PT48H: a default, until its beheerder sets its own
        given().auth().oauth2(Tokens.beheerder()).get(pad("Midden-Brabant")).then().statusCode(200)
                .body("eigenBestandTermijn", equalTo("PT48H")).body("herkomst", equalTo("standaard"));
    }

    @Test
    void alleen_de_beheerder_van_de_regio_of_de_landelijke_beheerder_wijzigt_haar() {
        Account friesland = werkgever("Friesland", "Leeuwarden");
        String etag = etag("Friesland");
        stelIn(Tokens.beheerder("Groningen"), "Friesland", "PT30H", etag).then().statusCode(404)
                .contentType("application/problem+json");
        stelIn(friesland.token(), "Friesland", "PT30H", etag).then().statusCode(403).contentType("application/problem+json");
        stelIn(Tokens.partnersysteem(friesland.partner()), "Friesland", "PT30H", etag).then().statusCode(403);
        stelIn(Tokens.dashboard(), "Friesland", "PT30H", etag).then().statusCode(403);
        assertThat(etag("Friesland")).isEqualTo(etag);

        stelIn(Tokens.beheerder("Friesland"), "Friesland", "PT30H", etag).then().statusCode(200);
        stelIn(Tokens.beheerder(), "Friesland", "PT36H", etag("Friesland")).then().statusCode(200)
                .body("eigenBestandTermijn", equalTo("PT36H"));
    }

    @Test
    void de_instellingen_van_een_andere_regio_zijn_niet_zichtbaar() {
        Account friesland = werkgever("Friesland", "Leeuwarden");
        given().auth().oauth2(friesland.token()).get(pad("Friesland")).then().statusCode(200);
        given().auth().oauth2(friesland.token()).get(pad("Amersfoort")).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.beheerder("Groningen")).get(pad("Friesland")).then().statusCode(404);
        given().auth().oauth2(Tokens.beheerder("Groningen")).get(pad("Friesland") + "/wijzigingen").then().statusCode(404);
        given().auth().oauth2(Tokens.dashboard()).get(pad("Friesland")).then().statusCode(403);
        given().auth().oauth2(Tokens.beheerder()).get(pad("Atlantis")).then().statusCode(404);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("eigenBestandTermijn", "PT30H")).put(pad("Atlantis")).then().statusCode(404);
    }

    @Test
    void een_wijziging_zonder_of_met_een_verouderde_if_match_verandert_niets() {
        String token = Tokens.beheerder("Zuid-Limburg");
        String oud = etag("Zuid-Limburg");
        stelIn(token, "Zuid-Limburg", "PT30H", oud).then().statusCode(200);
        String nieuw = etag("Zuid-Limburg");
        assertThat(nieuw).isNotEqualTo(oud);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("eigenBestandTermijn", "PT40H"))
                .put(pad("Zuid-Limburg")).then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:voorwaarde-vereist"));
        stelIn(token, "Zuid-Limburg", "PT40H", oud).then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:nl:wsp:probleem:voorwaarde-mislukt"));
        stelIn(token, "Zuid-Limburg", "PT40H", "W/" + nieuw).then().statusCode(412);

        given().auth().oauth2(token).get(pad("Zuid-Limburg")).then().statusCode(200)
                .body("eigenBestandTermijn", equalTo("PT30H")).header("ETag", nieuw);
    }

    @Test
    void een_termijn_die_geen_iso_duur_is_of_buiten_de_grenzen_valt_is_een_400_die_het_veld_noemt() {
        String token = Tokens.beheerder("Drenthe");
        String etag = etag("Drenthe");
        for (String fout : List.of("24 uur", "PT59M", "P15D", "PT24H30S", "-PT24H", "P1M")) {
            stelIn(token, "Drenthe", fout, etag).then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams[0].name", equalTo("eigenBestandTermijn"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"eigenBestandTermijn\": 24}").put(pad("Drenthe")).then().statusCode(400);
        given().auth().oauth2(token).get(pad("Drenthe")).then().statusCode(200)
                .body("herkomst", equalTo("standaard")).header("ETag", etag);
        stelIn(token, "Drenthe", "PT1H", etag).then().statusCode(200);
        stelIn(token, "Drenthe", "P14D", etag("Drenthe")).then().statusCode(200).body("eigenBestandTermijn", equalTo("PT336H"));
    }

    @Test
    void elke_wijziging_wordt_vastgelegd_met_wie_wanneer_oud_en_nieuw() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.zetOp(t);
        stelIn(Tokens.beheerder("Rijk van Nijmegen"), "Rijk van Nijmegen", "PT36H").then().statusCode(200)
                .body("gewijzigdDoor", equalTo("beheerder@Rijk van Nijmegen"));
        clock.zetOp(t.plus(Duration.ofHours(1)));
        stelIn(Tokens.beheerder(), "Rijk van Nijmegen", "P2D").then().statusCode(200);
        // the same value again is no change: nothing recorded, the version stays
        String etag = etag("Rijk van Nijmegen");
        stelIn(Tokens.beheerder(), "Rijk van Nijmegen", "PT48H", etag).then().statusCode(200).header("ETag", etag);

        Response wijzigingen = given().auth().oauth2(Tokens.beheerder("Rijk van Nijmegen"))
                .get(pad("Rijk van Nijmegen") + "/wijzigingen");
        wijzigingen.then().statusCode(200);
        List<Map<String, Object>> rijen = wijzigingen.jsonPath().getList("resultaten");
        assertThat(rijen).hasSize(2);
        assertThat(rijen.get(0)).containsEntry("instelling", "eigenBestandTermijn").containsEntry("oudeWaarde", "PT24H")
                .containsEntry("nieuweWaarde", "PT36H").containsEntry("gewijzigdDoor", "beheerder@Rijk van Nijmegen")
                .containsEntry("rol", "beheerder regio Rijk van Nijmegen").containsEntry("gewijzigdOp", t.toString());
        assertThat(rijen.get(1)).containsEntry("oudeWaarde", "PT36H").containsEntry("nieuweWaarde", "PT48H")
                .containsEntry("gewijzigdDoor", "beheerder").containsEntry("rol", "beheerder landelijk")
                .containsEntry("gewijzigdOp", t.plus(Duration.ofHours(1)).toString());
        given().auth().oauth2(Tokens.beheerder("Rijk van Nijmegen")).queryParam("limiet", 1)
                .get(pad("Rijk van Nijmegen") + "/wijzigingen").then().statusCode(200)
                .body("resultaten.size()", equalTo(1)).body("resultaten[0].nieuweWaarde", equalTo("PT36H"));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    record Account(UUID werkgeverId, UUID accountmanagerId, String partner) {
        String token() {
            return Tokens.adviseur(partner, accountmanagerId.toString());
        }
    }

    private static String pad(String regio) {
        return "/api/v1/regio-instellingen/" + regio;
    }

    private static String etag(String regio) {
        return given().auth().oauth2(Tokens.beheerder()).get(pad(regio)).then().statusCode(200).extract().header("ETag");
    }

    private static Response stelIn(String token, String regio, String termijn) {
        return stelIn(token, regio, termijn, etag(regio));
    }

    private static Response stelIn(String token, String regio, String termijn, String ifMatch) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(Map.of("eigenBestandTermijn", termijn)).put(pad(regio));
    }

    private static String open(Account account) {
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        return given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/vacatures").then().statusCode(201).extract().path("id");
    }

    private static Instant eigenBestandTot(String vacature) {
        return Instant.parse(given().auth().oauth2(Tokens.beheerder()).get("/api/v1/vacatures/" + vacature)
                .then().statusCode(200).extract().<String>path("eigenBestandTot"));
    }

    private Instant kolomEigenBestandTot(String vacature) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) em.createNativeQuery(
                "SELECT eigen_bestand_tot FROM vacature WHERE id = ?1").setParameter(1, UUID.fromString(vacature))
                .getSingleResult());
    }

    /** An employer of {@code regio} with an account manager of a partner of that region, as account's events leave them. */
    private Account werkgever(String regio, String gemeente) {
        String partner = "gemeente-" + gemeente.toLowerCase();
        UUID werkgeverId = UUID.randomUUID();
        UUID accountmanagerId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO partner (id, code, naam, soort, regio) VALUES (?1, ?2, ?2, 'gemeente', ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, UUID.randomUUID()).setParameter(2, partner).setParameter(3, regio).executeUpdate());
        Testdata.adviseur(em, accountmanagerId, partner);
        QuarkusTransaction.requiringNew().run(() -> {
            Werkgever w = new Werkgever(werkgeverId);
            w.werkBij(String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999)),
                    "Regio BV " + werkgeverId.toString().substring(0, 6), gemeente, regio, "logistiek", 40);
            w.wijsAccountmanagerToe(accountmanagerId, partner);
            em.persist(w);
        });
        return new Account(werkgeverId, accountmanagerId, partner);
    }
}
