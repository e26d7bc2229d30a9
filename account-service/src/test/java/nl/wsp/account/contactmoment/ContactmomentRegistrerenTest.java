package nl.wsp.account.contactmoment;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ContactmomentRegistrerenTest {

    @Inject
    EntityManager em;

    private static String contact(String soort, LocalDate datum, String adviseurId) {
        return """
                {"soort": "%s", "datum": "%s", "adviseurId": "%s", "samenvatting": "Kennismaking, twee vacatures orderpicker",
                 "vervolgafspraak": "Kandidaten voorstellen", "vervolgUiterlijk": "%s"}
                """.formatted(soort, datum, adviseurId, datum.plusDays(14));
    }

    @Test
    void een_adviseur_van_een_andere_partner_registreert_contact_het_blijft_bewaard_en_de_accountmanager_wordt_genotificeerd() {
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        Testdata.Adviseur uwv = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Distributiecentrum De Hoef", "logistiek", 120, am.id());

        String id = given().auth().oauth2(uwv.token()).contentType(ContentType.JSON)
                .body(contact("bezoek", LocalDate.now().minusDays(1), uwv.id()))
                .when().post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(201)
                .body("soort", equalTo("bezoek"))
                .body("accountmanagerGenotificeerd", equalTo(true))
                .body("vervolgafspraak", equalTo("Kandidaten voorstellen"))
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(ContactmomentGeregistreerd.TOPIC,
                r -> r.value().contains(id), Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(werkgever);
        assertThat(records.get(0).value())
                .contains("\"type\":\"" + ContactmomentGeregistreerd.TYPE + "\"")
                .contains("\"accountmanagerGenotificeerd\":true")
                .contains("\"adviseurPartner\":\"" + uwv.partner() + "\"")
                .contains("\"soort\":\"bezoek\"")
                .contains("\"regio\":\"Amersfoort\"")
                .doesNotContain("Kennismaking");

        // contact by the account manager's own partner does not notify; the visits are counted on the employer
        given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body(contact("telefoon", LocalDate.now(), am.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(201).body("accountmanagerGenotificeerd", equalTo(false));
        given().auth().oauth2(am.token()).get("/api/v1/werkgevers/" + werkgever)
                .then().statusCode(200)
                .body("aantalBezoeken", equalTo(1))
                .body("laatsteBezoek", equalTo(LocalDate.now().minusDays(1).toString()));
        given().auth().oauth2(uwv.token()).get("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(200).body("resultaten.soort", contains("telefoon", "bezoek"));
    }

    @Test
    void de_soort_van_een_partner_en_van_een_contactmoment_staan_opgeslagen_als_de_code_van_de_api() {
        String partner = "sw-t-" + Testdata.kort();
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "naam": "Sw-bedrijf Test", "soort": "sw-bedrijf", "regio": "Amersfoort"}
                        """.formatted(partner))
                .post("/api/v1/partners").then().statusCode(201).body("soort", equalTo("sw-bedrijf"));
        Testdata.Adviseur a = Testdata.adviseur(partner);
        String werkgever = Testdata.werkgever("Werkplaats Eemland", "logistiek", 40, a.id());
        String bezoek = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(contact("bezoek", LocalDate.now().minusDays(2), a.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(contact("bijeenkomst", LocalDate.now(), a.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(201);

        assertThat(em.createNativeQuery("SELECT soort FROM partner WHERE code = ?1").setParameter(1, partner).getSingleResult())
                .isEqualTo("sw-bedrijf");
        assertThat(em.createNativeQuery("SELECT soort FROM contactmoment WHERE werkgever_id = ?1 ORDER BY datum")
                .setParameter(1, java.util.UUID.fromString(werkgever)).getResultList())
                .containsExactly("bezoek", "bijeenkomst");
        // the visits are counted by the code: only the company visit, not the meeting
        given().auth().oauth2(a.token()).get("/api/v1/werkgevers/" + werkgever)
                .then().statusCode(200).body("aantalBezoeken", equalTo(1))
                .body("laatsteBezoek", equalTo(LocalDate.now().minusDays(2).toString()));
        given().auth().oauth2(a.token()).get("/api/v1/werkgevers/" + werkgever + "/contactmomenten/" + bezoek)
                .then().statusCode(200).body("soort", equalTo("bezoek"));
    }

    @Test
    void een_onbekende_soort_een_datum_in_de_toekomst_en_een_onbekend_veld_zijn_400_en_er_wordt_niets_opgeslagen() {
        Testdata.Adviseur a = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Garage Baarn", "mobiliteit", 9, null);
        long voor = aantal();
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(contact("postduif", LocalDate.now(), a.id()))
                .when().post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("soort"))
                .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("bezoek, telefoon, mail, bijeenkomst"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(contact("mail", LocalDate.now().plusDays(3), a.id()))
                .when().post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(400).body("invalidParams.name", contains("datum"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body("""
                        {"soort": "mail", "datum": "2026-01-05", "adviseurId": "%s", "samenvatting": "x", "bsn": "123456782"}
                        """.formatted(a.id()))
                .when().post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(400).body("invalidParams.name", contains("bsn"));
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void een_adviseur_registreert_niet_namens_een_adviseur_van_een_andere_partner_en_een_dashboard_helemaal_niet() {
        Testdata.Adviseur a = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Schildersbedrijf Soest", "bouw", 14, null);
        given().auth().oauth2(Testdata.adviseur().token()).contentType(ContentType.JSON)
                .body(contact("mail", LocalDate.now(), a.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(403);
        given().auth().oauth2(Tokens.dashboard()).contentType(ContentType.JSON)
                .body(contact("mail", LocalDate.now(), a.id()))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(403);
        given().auth().oauth2(Tokens.partnersysteem(a.partner()))
                .get("/api/v1/werkgevers/" + werkgever + "/contactmomenten").then().statusCode(403);
    }

    private long aantal() {
        return (Long) em.createQuery("select count(c) from Contactmoment c").getSingleResult();
    }
}
