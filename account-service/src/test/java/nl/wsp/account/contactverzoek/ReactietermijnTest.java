package nl.wsp.account.contactverzoek;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ReactietermijnTest {

    @Inject
    TestKlok klok;
    @Inject
    BewaakReactietermijn bewaking;
    @Inject
    EntityManager em;

    @AfterEach
    void klokLooptWeer() {
        klok.loopWeer();
    }

    private String verzoek(String werkgever) {
        return given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Wil graag praten over een leerwerkplek\"}")
                .when().post("/api/v1/contactverzoeken")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void het_termijn_verstreken_event_komt_niet_op_23_59_59_wel_op_24_uur_en_nooit_een_tweede_keer() {
        Instant t = Instant.parse("2026-03-02T09:15:00Z");
        klok.zetOp(t);
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Hoveniersbedrijf Groen", "groen", 18, am.id());
        String id = verzoek(werkgever);
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken/" + id).then()
                .body("reactieUiterlijk", equalTo("2026-03-03T09:15:00Z"))
                .body("toegewezenAan", equalTo(am.id()))
                .body("partner", equalTo(am.partner()));

        klok.zetOp(t.plus(Duration.ofHours(24)).minusSeconds(1));
        bewaking.controleer();
        assertThat(termijnEvents(id)).isZero();
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken?status=termijn-verstreken&toegewezenAan=" + am.id())
                .then().body("resultaten.id", not(hasItem(id)));
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken?status=open&toegewezenAan=" + am.id())
                .then().body("resultaten.id", contains(id));

        klok.zetOp(t.plus(Duration.ofHours(24)));
        bewaking.controleer();
        assertThat(termijnEvents(id)).isEqualTo(1);

        klok.verzet(Duration.ofDays(3));
        bewaking.controleer();
        bewaking.controleer();
        assertThat(termijnEvents(id)).isEqualTo(1);

        assertThat(TestKafka.readUntil(ContactverzoekTermijnVerstreken.TOPIC,
                r -> r.key().equals(id) && r.value().contains(ContactverzoekTermijnVerstreken.TYPE), Duration.ofSeconds(20)))
                .hasSize(1).first().satisfies(r -> assertThat(r.value())
                        .contains("\"reactieUiterlijk\":\"2026-03-03T09:15:00Z\"")
                        .contains("\"toegewezenAan\":\"" + am.id() + "\""));
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken?status=termijn-verstreken&toegewezenAan=" + am.id())
                .then().body("resultaten.id", contains(id)).body("resultaten[0].teLaat", equalTo(true));
    }

    @Test
    void een_onbeantwoord_verzoek_telt_als_over_tijd_zodra_de_termijn_een_tik_voorbij_is_en_niet_meer_als_het_gemarkeerd_is() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant laat = t.plus(Duration.ofHours(24)).plusSeconds(61);
        klok.zetOp(laat);
        while (bewaking.controleer() > 0) {
            // what earlier tests left due is flagged first, as the scheduler would do
        }
        assertThat(overTijd()).isZero();

        klok.zetOp(t);
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        verzoek(Testdata.werkgever("Bakkerij Over Tijd", "industrie", 9, am.id()));
        klok.zetOp(t.plus(Duration.ofHours(24)).plusSeconds(30)); // due, within the grace of one tick
        assertThat(overTijd()).isZero();
        klok.zetOp(laat);
        assertThat(overTijd()).isEqualTo(1);

        bewaking.controleer();
        assertThat(overTijd()).isZero();
    }

    private static double overTijd() {
        String tekst = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return nl.wsp.testsupport.Metrieken.waarde(tekst, "wsp_timers_overdue", "timer", "reactietermijn");
    }

    @Test
    void een_op_tijd_beantwoord_verzoek_verloopt_nooit_en_telt_als_binnen_termijn() {
        Instant t = Instant.parse("2026-04-06T12:00:00Z");
        klok.zetOp(t);
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Fietsenfabriek Leusden", "industrie", 70, am.id());
        String id = verzoek(werkgever);

        klok.zetOp(t.plus(Duration.ofHours(23)));
        given().auth().oauth2(am.token()).post("/api/v1/contactverzoeken/" + id + "/beantwoorden")
                .then().statusCode(200).body("binnenTermijn", equalTo(true)).body("beantwoordDoor", equalTo(am.id()));
        given().auth().oauth2(am.token()).post("/api/v1/contactverzoeken/" + id + "/beantwoorden")
                .then().statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:contactverzoek-beantwoord"));

        klok.zetOp(t.plus(Duration.ofDays(2)));
        bewaking.controleer();
        assertThat(termijnEvents(id)).isZero();
        assertThat(TestKafka.readUntil(ContactverzoekBeantwoord.TOPIC,
                r -> r.key().equals(id) && r.value().contains(ContactverzoekBeantwoord.TYPE), Duration.ofSeconds(20)))
                .hasSize(1).first().satisfies(r -> assertThat(r.value()).contains("\"binnenTermijn\":true"));
    }

    @Test
    void zonder_accountmanager_gaat_het_verzoek_naar_de_contactadviseur_van_de_sectortafel_en_daarna_naar_de_nieuwe_accountmanager() {
        Testdata.Adviseur contact = Testdata.adviseur(Testdata.partner());
        String sector = "zorg-" + Testdata.kort();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"regio": "Amersfoort", "naam": "Zorg en Welzijn %s", "sectoren": ["%s"], "contactAdviseurId": "%s"}
                        """.formatted(sector, sector, contact.id()))
                .post("/api/v1/sectortafels").then().statusCode(201);
        String werkgever = Testdata.werkgever("Thuiszorg Eemland", sector, 90, null);

        String id = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"" + werkgever + "\", \"onderwerp\": \"Vraag over jobcoaching\"}")
                .post("/api/v1/contactverzoeken")
                .then().statusCode(201).body("toegewezenAan", equalTo(contact.id())).body("partner", equalTo(contact.partner()))
                .extract().path("id");

        // once the employer has an account manager, that manager takes the open request
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"accountmanagerId\": \"" + am.id() + "\", \"reden\": \"neemt de werkgever op\"}")
                .post("/api/v1/werkgevers/" + werkgever + "/accountmanager-toewijzingen").then().statusCode(201);
        given().auth().oauth2(am.token()).get("/api/v1/contactverzoeken/" + id)
                .then().body("toegewezenAan", equalTo(am.id())).body("partner", equalTo(am.partner()));
    }

    @Test
    void naleving_per_periode_is_het_aandeel_binnen_24_uur_beantwoord() {
        // a period of its own, far from other tests' requests
        Instant dag = Instant.parse("2031-05-13T08:00:00Z");
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Naleving BV", "zakelijke-dienstverlening", 10, am.id());

        klok.zetOp(dag);
        String opTijd = verzoek(werkgever);
        String teLaat = verzoek(werkgever);
        String nooit = verzoek(werkgever);
        klok.zetOp(dag.plus(Duration.ofHours(2)));
        given().auth().oauth2(am.token()).post("/api/v1/contactverzoeken/" + opTijd + "/beantwoorden").then().statusCode(200);
        klok.zetOp(dag.plus(Duration.ofHours(30)));
        given().auth().oauth2(am.token()).post("/api/v1/contactverzoeken/" + teLaat + "/beantwoorden")
                .then().statusCode(200).body("binnenTermijn", equalTo(false));
        String lopend = verzoek(werkgever); // received at +30h, still within its own 24 hours

        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/contactverzoeken/naleving?van=2031-05-13&tot=2031-05-14")
                .then().statusCode(200)
                .body("ontvangen", equalTo(4))
                .body("binnenTermijnBeantwoord", equalTo(1))
                .body("teLaatBeantwoord", equalTo(1))
                .body("onbeantwoordTermijnVerstreken", equalTo(1))
                .body("nogBinnenTermijn", equalTo(1))
                .body("percentageBinnenTermijn", equalTo(33.3f));
        assertThat(nooit).isNotEqualTo(lopend);
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/contactverzoeken/naleving?van=2031-05-14&tot=2031-05-13")
                .then().statusCode(400).body("invalidParams.name", contains("tot"));
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/contactverzoeken?status=open").then().statusCode(403);
    }

    @Test
    void een_verzoek_voor_een_onbekende_werkgever_is_400_en_slaat_niets_op() {
        long voor = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(v) from Contactverzoek v").getSingleResult());
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"6b1c9a0e-0000-4000-8000-000000000000\", \"onderwerp\": \"x\"}")
                .post("/api/v1/contactverzoeken").then().statusCode(400).body("invalidParams.name", contains("werkgeverId"));
        given().auth().oauth2(Tokens.beheerder()).get("/api/v1/contactverzoeken?status=alles")
                .then().statusCode(400).body("invalidParams.name", contains("status"));
        long na = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery("select count(v) from Contactverzoek v").getSingleResult());
        assertThat(na).isEqualTo(voor);
    }

    private long termijnEvents(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                        "select count(e) from OutboxEvent e where e.aggregateId = :id and e.type = :type")
                .setParameter("id", id).setParameter("type", ContactverzoekTermijnVerstreken.TYPE).getSingleResult());
    }

    @SuppressWarnings("unused")
    private static Instant afgerond(Instant i) {
        return i.truncatedTo(ChronoUnit.SECONDS);
    }
}
