package nl.wsp.vacancy.werkgever;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.bekenden.Adviseurs;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Employers, account managers and advisers reach this service only as account-service's events, on the real broker. */
@QuarkusTest
class WerkgeverEventsTest {

    @Inject
    EntityManager em;

    @Inject
    Adviseurs adviseurs;

    @org.junit.jupiter.api.BeforeEach
    void partnersBekend() {
        nl.wsp.vacancy.Testdata.partners(em);
    }

    static String event(String type, UUID subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service","type":"%s","time":"2026-11-22T10:00:00Z",
                 "subject":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), type, subject, data);
    }

    @Test
    void een_werkgever_uit_de_events_krijgt_vacatures_van_zijn_accountmanager_en_een_nieuwe_accountmanager_neemt_ze_over() {
        UUID werkgeverId = UUID.randomUUID();
        UUID accountmanager = UUID.randomUUID();
        UUID opvolger = UUID.randomUUID();
        String geregistreerd = event("nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1", werkgeverId, """
                {"werkgeverId":"%s","kvkNummer":"32145678","naam":"Bouwbedrijf Van de Haar","vestigingsgemeente":"Tilburg","regio":"Midden-Brabant",
                 "sector":"bouw","aantalWerknemers":85,"keyAccount":false,"smaakmaker":true,"nieuwVeld":"genegeerd"}"""
                .formatted(werkgeverId));
        String toegewezen = event("nl.werkgeversdienstverlening.werkgevers.accountmanager-toegewezen.v1", werkgeverId, """
                {"werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"gemeente-tilburg","reden":"eerste contact",
                 "toegewezenOp":"2026-11-22T10:00:00Z"}""".formatted(werkgeverId, accountmanager));
        TestKafka.send("wsp.account.werkgevers", werkgeverId.toString(), geregistreerd);
        TestKafka.send("wsp.account.werkgevers", werkgeverId.toString(), geregistreerd);
        TestKafka.send("wsp.account.werkgevers", werkgeverId.toString(), toegewezen);
        TestKafka.send("wsp.account.adviseurs", accountmanager.toString(), event("nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1", accountmanager,
                """
                {"adviseurId":"%s","partner":"gemeente-tilburg","naam":"Fatima el Amrani","regio":"Midden-Brabant"}""".formatted(accountmanager)));

        await().atMost(Duration.ofSeconds(30)).until(() -> accountmanager.equals(werkgever(werkgeverId).accountmanagerId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> adviseurs.partnerVan(accountmanager.toString())).isPresent());
        Werkgever werkgever = werkgever(werkgeverId);
        assertThat(werkgever.naam()).isEqualTo("Bouwbedrijf Van de Haar");
        assertThat(werkgever.sector()).isEqualTo("bouw");
        assertThat(werkgever.accountmanagerPartner()).isEqualTo("gemeente-tilburg");

        String token = Tokens.adviseur("gemeente-tilburg", accountmanager.toString());
        Testdata.adviseur(em, opvolger, "gemeente-goirle");
        String vacatureId = given().auth().oauth2(token).contentType(ContentType.JSON).body(Testdata.vacature(werkgeverId))
                .when().post("/api/v1/vacatures").then().statusCode(201)
                .body("accountmanagerPartner", equalTo("gemeente-tilburg")).body("sector", equalTo("bouw"))
                .body("regio", equalTo("Midden-Brabant"))
                .extract().path("id");
        // the region's own window (application.properties, %test: Midden-Brabant PT48H) instead of the default PT24H
        var vacature = given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/vacatures/" + vacatureId).then().extract();
        assertThat(Duration.between(java.time.Instant.parse(vacature.path("geopendOp")),
                java.time.Instant.parse(vacature.path("eigenBestandTot")))).isEqualTo(Duration.ofHours(48));

        TestKafka.send("wsp.account.werkgevers", werkgeverId.toString(), event("nl.werkgeversdienstverlening.werkgevers.accountmanager-toegewezen.v1",
                werkgeverId, """
                {"werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"gemeente-goirle",
                 "vorigeAccountmanagerId":"%s","reden":"overdracht","toegewezenOp":"2026-11-23T10:00:00Z"}"""
                        .formatted(werkgeverId, opvolger, accountmanager)));
        await().atMost(Duration.ofSeconds(30)).until(() -> opvolger.toString().equals(
                given().auth().oauth2(Tokens.beheerder()).when().get("/api/v1/vacatures/" + vacatureId).then().extract().path("accountmanagerId")));
        given().auth().oauth2(token).when().post("/api/v1/vacatures/" + vacatureId + "/breed-uitzetten").then().statusCode(404);
        given().auth().oauth2(Tokens.adviseur("gemeente-goirle", opvolger.toString()))
                .when().post("/api/v1/vacatures/" + vacatureId + "/breed-uitzetten").then().statusCode(200);
    }

    @Test
    void een_werkgever_zonder_accountmanager_krijgt_nog_geen_vacature() {
        UUID werkgeverId = UUID.randomUUID();
        TestKafka.send("wsp.account.werkgevers", werkgeverId.toString(), event("nl.werkgeversdienstverlening.werkgevers.geregistreerd.v1", werkgeverId, """
                {"werkgeverId":"%s","kvkNummer":"30276543","naam":"Zorggroep De Eemhof","vestigingsgemeente":"Amersfoort",
                 "sector":"zorg","aantalWerknemers":240,"keyAccount":true,"smaakmaker":false}""".formatted(werkgeverId)));
        await().atMost(Duration.ofSeconds(30)).until(() -> werkgever(werkgeverId) != null);
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(Testdata.vacature(werkgeverId))
                .when().post("/api/v1/vacatures").then().statusCode(422)
                .body("type", equalTo("urn:nl:wsp:probleem:werkgever-zonder-accountmanager"));
    }

    private Werkgever werkgever(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Werkgever.class, id));
    }
}
