package nl.wsp.account.contactmoment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

/**
 * Item 1 of the employer-services issue: a contact moment records which services of the catalogue it delivered
 * (data/referentie/diensten.csv), only known codes, and carries them in its event so reporting can count the package.
 */
@QuarkusTest
class DienstenclassificatieTest {

    @Inject
    EntityManager em;

    private static String contact(String adviseurId, String diensten) {
        return """
                {"soort": "bezoek", "datum": "%s", "adviseurId": "%s", "samenvatting": "Taken doorgelopen met de teamleider"%s}
                """.formatted(LocalDate.now().minusDays(2), adviseurId, diensten == null ? "" : ", \"diensten\": " + diensten);
    }

    @Test
    void een_contactmoment_bewaart_de_geleverde_diensten_uit_de_catalogus_en_het_event_draagt_ze_met_sector_en_catalogusversie() {
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Zorggroep Eemvallei", "zorg", 300, am.id());

        String id = given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body(contact(am.id(), "[\"jobcarving\", \"bedrijfsadvies-inclusieve-organisatie\"]"))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(201)
                .body("diensten", contains("bedrijfsadvies-inclusieve-organisatie", "jobcarving"))
                .extract().path("id");
        given().auth().oauth2(am.token()).get("/api/v1/werkgevers/" + werkgever + "/contactmomenten/" + id)
                .then().statusCode(200).body("diensten", contains("bedrijfsadvies-inclusieve-organisatie", "jobcarving"));

        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(ContactmomentGeregistreerd.TOPIC,
                r -> r.value().contains(id), Duration.ofSeconds(20));
        assertThat(records).hasSize(1).first().satisfies(r -> assertThat(r.value())
                .contains("\"diensten\":[\"bedrijfsadvies-inclusieve-organisatie\",\"jobcarving\"]")
                .contains("\"sector\":\"zorg\"")
                .contains("\"dienstencatalogusVersie\":1"));
    }

    @Test
    void zonder_diensten_is_de_lijst_leeg() {
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Bakkerij Baarn", "voeding", 12, am.id());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(contact(am.id(), null))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(201).body("diensten", empty());
    }

    @Test
    void een_onbekende_of_dubbele_dienst_is_400_met_het_veld_en_slaat_niets_op() {
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner());
        String werkgever = Testdata.werkgever("Metaalbewerking Nijkerk", "techniek", 45, am.id());
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(contact(am.id(), "[\"jobcarving\", \"koffie-drinken\"]"))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(400).body("invalidParams.name", contains("diensten[1]"));
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(contact(am.id(), "[\"jobcarving\", \"jobcarving\"]"))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(400).body("invalidParams.name", contains("diensten[1]"));
        given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(contact(am.id(), "\"jobcarving\""))
                .post("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(400).body("invalidParams.name", contains("diensten"));
        long opgeslagen = QuarkusTransaction.requiringNew().call(() -> (Long) em.createQuery(
                "select count(c) from Contactmoment c where c.werkgeverId = :w").setParameter("w", java.util.UUID.fromString(werkgever))
                .getSingleResult());
        assertThat(opgeslagen).isZero();
        given().auth().oauth2(am.token()).get("/api/v1/werkgevers/" + werkgever + "/contactmomenten")
                .then().statusCode(200).body("resultaten", empty());
    }
}
