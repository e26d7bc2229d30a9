package nl.wsp.account.evenement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Employer events (issue 17, item 2; docs/adr/0031): who organises, where they belong, and who came. */
@QuarkusTest
class EvenementTest {

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    private static String evenement(String soort, String niveau, String datum, String organisator, String sector) {
        return """
                {"naam": "Speedmeet Techniek", "soort": "%s", "niveau": "%s", "datum": "%s"%s%s}
                """.formatted(soort, niveau, datum,
                organisator == null ? "" : ", \"organisator\": \"" + organisator + "\"",
                sector == null ? "" : ", \"sector\": \"" + sector + "\"");
    }

    private static String aanwezigheid(int kandidaten, String... werkgevers) {
        String ids = String.join(", ", java.util.Arrays.stream(werkgevers).map(w -> "\"" + w + "\"").toList());
        return "{\"werkgeverIds\": [" + ids + "], \"aantalKandidaten\": " + kandidaten + "}";
    }

    @Test
    void een_adviseur_organiseert_namens_de_eigen_partner_in_diens_regio_en_het_event_gaat_met_de_staat_mee() {
        Testdata.Adviseur a = Testdata.adviseur();
        String id = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(evenement("speedmeet", "branche", "2026-03-12", null, "techniek"))
                .post("/api/v1/evenementen").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/evenementen/"))
                .body("organisator", equalTo(a.partner())).body("regio", equalTo("Amersfoort"))
                .body("soort", equalTo("speedmeet")).body("niveau", equalTo("branche")).body("sector", equalTo("techniek"))
                .body("werkgeverIds", org.hamcrest.Matchers.empty()).body("aantalKandidaten", nullValue())
                .extract().path("id");

        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(EvenementGeregistreerd.TOPIC,
                r -> r.value().contains(id), Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).key()).isEqualTo(id);
        assertThat(records.get(0).value()).contains("\"type\":\"" + EvenementGeregistreerd.TYPE + "\"")
                .contains("\"niveau\":\"branche\"").contains("\"organisator\":\"" + a.partner() + "\"")
                .doesNotContain("Speedmeet Techniek");
        assertThat(tel("SELECT count(*) FROM evenement WHERE id = '" + id + "' AND soort = 'speedmeet' AND niveau = 'branche'"))
                .as("stored as the API's codes").isEqualTo(1);
    }

    @Test
    void een_adviseur_organiseert_niet_namens_een_andere_partner_en_een_beheerder_noemt_de_organisator() {
        Testdata.Adviseur a = Testdata.adviseur();
        String ander = Testdata.partner();
        long voor = tel("SELECT count(*) FROM evenement");
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(evenement("banenmarkt", "regio", "2026-03-12", ander, null))
                .post("/api/v1/evenementen").then().statusCode(400).body("invalidParams[0].name", equalTo("organisator"));
        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(evenement("banenmarkt", "regio", "2026-03-12", null, null))
                .post("/api/v1/evenementen").then().statusCode(400).body("invalidParams[0].name", equalTo("organisator"));
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).contentType(ContentType.JSON)
                .body(evenement("banenmarkt", "regio", "2026-03-12", ander, null))
                .post("/api/v1/evenementen").then().statusCode(400).body("invalidParams[0].name", equalTo("organisator"));
        assertThat(tel("SELECT count(*) FROM evenement")).as("no refusal stores anything").isEqualTo(voor);

        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(evenement("meet-en-match", "overheid", "2026-03-12", ander, null))
                .post("/api/v1/evenementen").then().statusCode(201).body("organisator", equalTo(ander));
    }

    @Test
    void een_evenement_op_brancheniveau_noemt_zijn_sector_en_een_datum_ver_weg_is_400() {
        Testdata.Adviseur a = Testdata.adviseur();
        long voor = tel("SELECT count(*) FROM evenement");
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(evenement("werkgeversbijeenkomst", "branche", "2026-03-12", null, null))
                .post("/api/v1/evenementen").then().statusCode(400).body("invalidParams[0].name", equalTo("sector"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(evenement("werkgeversbijeenkomst", "regio", "1999-12-31", null, null))
                .post("/api/v1/evenementen").then().statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(evenement("werkgeversbijeenkomst", "regio", java.time.LocalDate.now().plusYears(3).toString(), null, null))
                .post("/api/v1/evenementen").then().statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(evenement("receptie", "regio", "2026-03-12", null, null))
                .post("/api/v1/evenementen").then().statusCode(400).body("invalidParams[0].name", equalTo("soort"));
        assertThat(tel("SELECT count(*) FROM evenement")).isEqualTo(voor);
    }

    @Test
    void de_aanwezigheid_wordt_pas_na_het_evenement_vastgelegd_en_vervangt_de_vorige() {
        Testdata.Adviseur a = Testdata.adviseur();
        Testdata.Adviseur collega = Testdata.adviseur(Testdata.partner()); // another partner of the region: one team
        String w1 = Testdata.werkgever("Installatiebedrijf Eem", "techniek", 40, a.id());
        String w2 = Testdata.werkgever("Metaal Leusden", "techniek", 25, a.id());
        klok.zetOp(Instant.parse("2026-03-01T09:00:00Z"));
        String id = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(evenement("speedmeet", "branche", "2026-03-12", null, "techniek"))
                .post("/api/v1/evenementen").then().statusCode(201).extract().path("id");

        given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(aanwezigheid(12, w1))
                .put("/api/v1/evenementen/{id}/aanwezigheid", id).then().statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:evenement-niet-gehouden")).body("datum", equalTo("2026-03-12"));
        assertThat(tel("SELECT count(*) FROM evenement_werkgever WHERE evenement_id = '" + id + "'")).isZero();

        klok.zetOp(Instant.parse("2026-03-12T16:00:00Z"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(aanwezigheid(12, w1, w2))
                .put("/api/v1/evenementen/{id}/aanwezigheid", id).then().statusCode(200)
                .body("aantalKandidaten", equalTo(12)).body("werkgeverIds.size()", equalTo(2));
        given().auth().oauth2(collega.token()).contentType(ContentType.JSON).body(aanwezigheid(14, w2))
                .put("/api/v1/evenementen/{id}/aanwezigheid", id).then().statusCode(200)
                .body("werkgeverIds", contains(w2)).body("aantalKandidaten", equalTo(14));
        given().auth().oauth2(a.token()).get("/api/v1/evenementen/{id}", id).then().statusCode(200)
                .body("werkgeverIds", contains(w2)).body("aantalKandidaten", equalTo(14))
                .body("aanwezigheidVastgelegdOp", equalTo("2026-03-12T16:00:00Z"));

        assertThat(TestKafka.readUntil(AanwezigheidVastgelegd.TOPIC,
                r -> r.value().contains(id) && r.value().contains("\"aantalKandidaten\":14"), Duration.ofSeconds(20))).hasSize(1);
        List<ConsumerRecord<String, String>> records = TestKafka.readToEnd(AanwezigheidVastgelegd.TOPIC,
                r -> r.value().contains(id) && r.value().contains(AanwezigheidVastgelegd.TYPE));
        assertThat(records).hasSize(2);
        assertThat(records.get(1).key()).isEqualTo(id);
        assertThat(records.get(1).value()).contains("\"aantalWerkgevers\":1").contains("\"werkgeverIds\":[\"" + w2 + "\"]");
    }

    @Test
    void een_werkgever_van_een_andere_regio_of_twee_keer_dezelfde_is_400_en_verandert_niets() {
        Testdata.Adviseur a = Testdata.adviseur();
        String w1 = Testdata.werkgever("Bouwbedrijf Vathorst", "bouw", 30, a.id());
        String tilburg = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Tilburg Bouw", "Tilburg", "bouw", 20, null))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
        String id = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body(evenement("werkgeversbijeenkomst", "regio", "2026-01-15", a.partner(), null))
                .post("/api/v1/evenementen").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(aanwezigheid(3, w1, tilburg))
                .put("/api/v1/evenementen/{id}/aanwezigheid", id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("werkgeverIds[1]"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(aanwezigheid(3, w1, w1))
                .put("/api/v1/evenementen/{id}/aanwezigheid", id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("werkgeverIds[1]"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(aanwezigheid(-1, w1))
                .put("/api/v1/evenementen/{id}/aanwezigheid", id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("aantalKandidaten"));
        given().auth().oauth2(a.token()).contentType(ContentType.JSON).body(aanwezigheid(3, UUID.randomUUID().toString()))
                .put("/api/v1/evenementen/{id}/aanwezigheid", id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("werkgeverIds[0]"));
        given().auth().oauth2(a.token()).get("/api/v1/evenementen/{id}", id).then().statusCode(200)
                .body("werkgeverIds", org.hamcrest.Matchers.empty()).body("aantalKandidaten", nullValue());
    }

    @Test
    void een_adviseur_van_een_andere_regio_ziet_het_evenement_niet_en_legt_er_niets_bij_vast() {
        Testdata.Adviseur a = Testdata.adviseur();
        Testdata.Adviseur brabant = Testdata.adviseur(Testdata.partner("Midden-Brabant"));
        String w1 = Testdata.werkgever("Schilders Hoogland", "bouw", 15, a.id());
        String id = given().auth().oauth2(a.token()).contentType(ContentType.JSON)
                .body(evenement("banenmarkt", "regio", "2026-02-02", null, null))
                .post("/api/v1/evenementen").then().statusCode(201).extract().path("id");

        given().auth().oauth2(brabant.token()).get("/api/v1/evenementen/{id}", id).then().statusCode(404);
        given().auth().oauth2(Tokens.beheerder("Midden-Brabant")).get("/api/v1/evenementen/{id}", id).then().statusCode(404);
        given().auth().oauth2(brabant.token()).contentType(ContentType.JSON).body(aanwezigheid(5, w1))
                .put("/api/v1/evenementen/{id}/aanwezigheid", id).then().statusCode(404);
        given().auth().oauth2(brabant.token()).get("/api/v1/evenementen").then().statusCode(200)
                .body("resultaten.id", not(hasItem(id)));
        given().auth().oauth2(brabant.token()).queryParam("regio", "Amersfoort").get("/api/v1/evenementen").then().statusCode(200)
                .body("resultaten", org.hamcrest.Matchers.empty());
        assertThat(Testdata.allePaginas(a.token(), "/api/v1/evenementen?soort=banenmarkt"))
                .extracting(m -> m.get("id")).contains(id);
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/evenementen").then().statusCode(403);
        assertThat(tel("SELECT count(*) FROM evenement_werkgever WHERE evenement_id = '" + id + "'")).isZero();
    }

    private long tel(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
