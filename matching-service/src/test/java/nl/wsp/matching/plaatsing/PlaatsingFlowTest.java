package nl.wsp.matching.plaatsing;

import nl.wsp.matching.TestBellers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.matching.TestPartners;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.voordracht.Bemiddeling.draagVoor;
import static nl.wsp.matching.voordracht.Bemiddeling.uitkomst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The whole flow, proposal → invited → hired → placement → check-in → early end, with its events on the real Kafka
 * topics in the shape of docs/events.md, and the rules on the way: consent before an instrument counts (rule 8),
 * a hire lifts the pseudonymisation for the proposing partner only.
 */
@QuarkusTest
class PlaatsingFlowTest {

    static final String AMERSFOORT = "gemeente-amersfoort";
    static final String SOEST = "gemeente-soest";
    static final String NIJKERK = "gemeente-nijkerk";
    static final Instant T = Instant.parse("2031-05-01T09:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;
    Bemiddeling bemiddeling;

    @BeforeEach
    void klokVast() {
        klok.zetOp(T);
        bemiddeling = new Bemiddeling(em);
        TestPartners.bekend(em, SOEST, "Amersfoort");
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void van_voordracht_via_plaatsing_en_nazorg_tot_voortijdig_einde_met_de_events_op_kafka() throws Exception {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", T.minus(Duration.ofHours(1)), true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "wajong", "banenafspraak");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE kandidaat SET leeftijdsband = '50-plus' WHERE id = ?1").setParameter(1, kandidaat).executeUpdate());

        String voordracht = draagVoor(NIJKERK, vacature, kandidaat).statusCode(201).extract().path("id");
        uitkomst(NIJKERK, voordracht, "{\"uitkomst\": \"uitgenodigd\"}").statusCode(200);
        plaats(NIJKERK, voordracht, List.of()).statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:voordracht-niet-aangenomen"));
        uitkomst(AMERSFOORT, voordracht, "{\"uitkomst\": \"aangenomen\"}").statusCode(200);

        String jobcoaching = instrumentInzet(kandidaat, "jobcoaching", true);
        String plaatsing = plaats(NIJKERK, voordracht, List.of(jobcoaching), "overheid").statusCode(201)
                .body("partner", equalTo(SOEST))
                .body("voordragendePartner", equalTo(NIJKERK))
                .body("gemeente", equalTo("Soest"))
                .body("regio", equalTo("Amersfoort"))
                .body("doelgroepen", contains("wajong", "banenafspraak"))
                .body("startdatum", equalTo("2031-06-01"))
                .body("contractvorm", equalTo("tijdelijk"))
                .body("contractduurMaanden", equalTo(12))
                .body("onbepaaldeTijd", equalTo(false))
                .body("urenPerWeek", equalTo(24))
                .body("instrumentsoorten", contains("jobcoaching"))
                .body("banenafspraakSector", equalTo("overheid"))
                .body("status", equalTo("lopend"))
                .extract().path("id");
        plaats(AMERSFOORT, voordracht, List.of()).statusCode(409).body("type", equalTo("urn:nl:wsp:probleem:plaatsing-bestaat"));

        JsonNode gerealiseerd = data(PlaatsingEvents.TOPIC, plaatsing, PlaatsingEvents.GEREALISEERD);
        assertThat(veldnamen(gerealiseerd)).containsExactlyInAnyOrder("plaatsingId", "vacatureId", "kandidaatId", "partner",
                "gemeente", "regio", "doelgroepen", "startdatum", "contractvorm", "urenPerWeek", "instrumenten", "banenafspraakSector",
                "leeftijdsband");
        assertThat(gerealiseerd.get("banenafspraakSector").asText()).isEqualTo("overheid");
        assertThat(gerealiseerd.get("leeftijdsband").asText()).as("the fairness monitor's band (ADR 0043)").isEqualTo("50-plus");
        assertThat(gerealiseerd.get("plaatsingId").asText()).isEqualTo(plaatsing);
        assertThat(gerealiseerd.get("vacatureId").asText()).isEqualTo(vacature.toString());
        // the candidate by its event pseudonym, never by the id the API and the partner know (ADR 0017)
        String pseudoniem = pseudoniem(kandidaat);
        assertThat(gerealiseerd.get("kandidaatId").asText()).isEqualTo(pseudoniem).isNotEqualTo(kandidaat.toString());
        assertThat(gerealiseerd.get("partner").asText()).isEqualTo(SOEST);
        assertThat(gerealiseerd.get("gemeente").asText()).isEqualTo("Soest");
        assertThat(gerealiseerd.get("regio").asText()).isEqualTo("Amersfoort");
        assertThat(gerealiseerd.get("doelgroepen").toString()).isEqualTo("[\"wajong\",\"banenafspraak\"]");
        assertThat(gerealiseerd.get("startdatum").asText()).isEqualTo("2031-06-01");
        assertThat(gerealiseerd.get("contractvorm").asText()).isEqualTo("tijdelijk");
        assertThat(gerealiseerd.get("urenPerWeek").asInt()).isEqualTo(24);
        assertThat(gerealiseerd.get("instrumenten").toString()).isEqualTo("[\"jobcoaching\"]");
        assertThat(gerealiseerd.toString()).doesNotContain("Fatima", "El Amrani", "example.nl", "ref-");

        JsonNode gedaan = data(nl.wsp.matching.voordracht.VoordrachtEvents.TOPIC, voordracht, "nl.werkgeversdienstverlening.voordrachten.gedaan.v1");
        assertThat(veldnamen(gedaan)).containsExactlyInAnyOrder("voordrachtId", "vacatureId", "kandidaatId", "partner",
                "regio", "doelgroepen", "leeftijdsband");
        // what the fairness monitor counts (ADR 0043): codes only, the target groups sorted
        assertThat(gedaan.get("regio").asText()).isEqualTo("Amersfoort");
        assertThat(gedaan.get("doelgroepen").toString()).isEqualTo("[\"banenafspraak\",\"wajong\"]");
        assertThat(gedaan.get("leeftijdsband").asText()).isEqualTo("50-plus");
        assertThat(gedaan.get("partner").asText()).isEqualTo(NIJKERK);
        assertThat(gedaan.get("kandidaatId").asText()).isEqualTo(pseudoniem);
        List<String> uitkomsten = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TestKafka.readUntil(nl.wsp.matching.voordracht.VoordrachtEvents.TOPIC,
                r -> voordracht.equals(r.key()) && r.value().contains("uitkomst-geregistreerd") && r.value().contains("aangenomen"),
                Duration.ofSeconds(30))) {
            uitkomsten.add(JSON.readTree(r.value()).get("data").get("uitkomst").asText());
        }
        assertThat(uitkomsten).containsExactly("aangenomen");

        // after-care: 1, 3 and 6 months after the start
        given().auth().oauth2(TestBellers.adviseur(SOEST)).when().get("/api/v1/plaatsingen/{id}/nazorg", plaatsing)
                .then().statusCode(200)
                .body("maanden", contains(1, 3, 6))
                .body("geplandOp", contains("2031-07-01", "2031-09-01", "2031-12-01"))
                .body("status", contains("open", "open", "open"));
        klok.zetOp(Instant.parse("2031-07-01T08:00:00Z"));
        given().auth().oauth2(TestBellers.adviseur(SOEST)).when().get("/api/v1/nazorgmomenten?status=open&limiet=200")
                .then().statusCode(200).body("resultaten.plaatsingId", hasItem(plaatsing));
        nazorg(SOEST, plaatsing, "{\"maanden\": 1, \"uitkomst\": \"aandachtspunt\", \"notitie\": \"reistijd valt zwaar\"}")
                .statusCode(200).body("status", equalTo("geregistreerd")).body("uitkomst", equalTo("aandachtspunt"));
        nazorg(SOEST, plaatsing, "{\"maanden\": 1, \"uitkomst\": \"goed\"}").statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:nazorg-niet-open"));
        nazorg(SOEST, plaatsing, "{\"maanden\": 3, \"uitkomst\": \"goed\"}").statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:nazorg-te-vroeg"));

        // early end after two and a half months
        klok.zetOp(Instant.parse("2031-08-16T10:00:00Z"));
        beeindig(NIJKERK, plaatsing, "{\"einddatum\": \"2031-05-31\", \"reden\": \"ontslag\"}").statusCode(400)
                .body("invalidParams[0].name", equalTo("einddatum"));
        beeindig(NIJKERK, plaatsing, "{\"einddatum\": \"2031-08-15\", \"reden\": \"weggelopen\"}").statusCode(400)
                .body("invalidParams[0].name", equalTo("reden"));
        beeindig(NIJKERK, plaatsing, "{\"einddatum\": \"2031-08-15\", \"reden\": \"ontslag\", \"toelichting\": \"proeftijd\"}")
                .statusCode(200).body("status", equalTo("beeindigd")).body("binnenZesMaandenBeeindigd", equalTo(true));
        beeindig(NIJKERK, plaatsing, "{\"einddatum\": \"2031-08-20\", \"reden\": \"ziekte\"}").statusCode(409)
                .body("type", equalTo("urn:nl:wsp:probleem:plaatsing-beeindigd"));
        given().auth().oauth2(TestBellers.adviseur(SOEST)).when().get("/api/v1/plaatsingen/{id}/nazorg", plaatsing)
                .then().statusCode(200).body("status", contains("geregistreerd", "vervallen", "vervallen"));

        JsonNode beeindigd = data(PlaatsingEvents.TOPIC, plaatsing, PlaatsingEvents.BEEINDIGD);
        assertThat(veldnamen(beeindigd)).containsExactlyInAnyOrder("plaatsingId", "vacatureId", "kandidaatId", "partner",
                "gemeente", "regio", "doelgroepen", "startdatum", "einddatum", "reden", "banenafspraakSector");
        assertThat(beeindigd.get("banenafspraakSector").asText()).isEqualTo("overheid");
        assertThat(beeindigd.get("einddatum").asText()).isEqualTo("2031-08-15");
        assertThat(beeindigd.get("startdatum").asText()).isEqualTo("2031-06-01");
        assertThat(beeindigd.get("reden").asText()).isEqualTo("ontslag");
        assertThat(beeindigd.get("gemeente").asText()).isEqualTo("Soest");
        assertThat(beeindigd.get("partner").asText()).isEqualTo(SOEST);
        assertThat(beeindigd.toString()).doesNotContain("proeftijd");

        assertThat(bemiddeling.auditActies(kandidaat)).contains("voorgedragen", "uitkomst-uitgenodigd", "uitkomst-aangenomen",
                "geplaatst", "nazorg-geregistreerd", "plaatsing-beeindigd");
    }

    @Test
    void een_niet_goedgekeurd_instrument_wordt_geweigerd_met_het_veld_en_er_verandert_niets() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "bijstand");
        UUID ander = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "bijstand");
        String voordracht = aangenomenVoordracht(NIJKERK, vacature, kandidaat);
        String goedgekeurd = instrumentInzet(kandidaat, "no-riskpolis", true);
        String aangevraagd = instrumentInzet(kandidaat, "jobcoaching", false);
        String vanEenAnder = instrumentInzet(SOEST, ander, "no-riskpolis", true); // Nijkerk has nothing to do with this one

        plaats(NIJKERK, voordracht, List.of(goedgekeurd, aangevraagd)).statusCode(400)
                .body("invalidParams[0].name", equalTo("instrumenten[1]"));
        plaats(NIJKERK, voordracht, List.of(vanEenAnder)).statusCode(400)
                .body("invalidParams[0].name", equalTo("instrumenten[0]"));
        plaats(NIJKERK, voordracht, List.of(goedgekeurd, goedgekeurd)).statusCode(400)
                .body("invalidParams[0].name", equalTo("instrumenten[1]"));
        plaats(NIJKERK, voordracht, List.of(UUID.randomUUID().toString())).statusCode(400)
                .body("invalidParams[0].name", equalTo("instrumenten[0]"));
        assertThat(bemiddeling.aantal("SELECT count(*) FROM plaatsing WHERE kandidaat_id = ?1", kandidaat)).isZero();

        plaats(NIJKERK, voordracht, List.of(goedgekeurd)).statusCode(201).body("instrumentsoorten", contains("no-riskpolis"));
    }

    @Test
    void een_banenafspraakplaatsing_noemt_haar_sector_en_een_andere_plaatsing_geen() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID banenafspraak = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "bijstand", "banenafspraak");
        String voordracht = aangenomenVoordracht(NIJKERK, vacature, banenafspraak);
        plaats(NIJKERK, voordracht, List.of()).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("banenafspraakSector"));
        plaats(NIJKERK, voordracht, List.of(), "zorg").statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("banenafspraakSector"));
        assertThat(bemiddeling.aantal("SELECT count(*) FROM plaatsing WHERE kandidaat_id = ?1", banenafspraak)).isZero();
        String plaatsing = plaats(NIJKERK, voordracht, List.of(), "inleen-detachering").statusCode(201)
                .body("banenafspraakSector", equalTo("inleen-detachering")).extract().path("id");
        given().auth().oauth2(TestBellers.adviseur(NIJKERK)).when().get("/api/v1/plaatsingen/{id}", plaatsing)
                .then().statusCode(200).body("banenafspraakSector", equalTo("inleen-detachering"));

        UUID anders = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String andereVoordracht = aangenomenVoordracht(NIJKERK, bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open"), anders);
        plaats(NIJKERK, andereVoordracht, List.of(), "markt").statusCode(400)
                .body("invalidParams[0].name", equalTo("banenafspraakSector"));
        assertThat(bemiddeling.aantal("SELECT count(*) FROM plaatsing WHERE kandidaat_id = ?1", anders)).isZero();
        plaats(NIJKERK, andereVoordracht, List.of()).statusCode(201).body("banenafspraakSector", nullValue());
    }

    @Test
    void contract_en_uren_worden_gecontroleerd() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String voordracht = aangenomenVoordracht(NIJKERK, vacature, kandidaat);
        plaatsing(NIJKERK, """
                {"voordrachtId": "%s", "startdatum": "2031-06-01", "contractvorm": "vast", "urenPerWeek": 32}""".formatted(voordracht))
                .statusCode(400).body("invalidParams[0].name", equalTo("contractduurMaanden"));
        plaatsing(NIJKERK, """
                {"voordrachtId": "%s", "startdatum": "2031-06-01", "contractvorm": "vast", "urenPerWeek": 32,
                 "onbepaaldeTijd": true, "contractduurMaanden": 12}""".formatted(voordracht))
                .statusCode(400).body("invalidParams[0].name", equalTo("contractduurMaanden"));
        plaatsing(NIJKERK, """
                {"voordrachtId": "%s", "startdatum": "2031-06-01", "contractvorm": "vast", "urenPerWeek": 60,
                 "onbepaaldeTijd": true}""".formatted(voordracht))
                .statusCode(400).body("invalidParams[0].name", equalTo("urenPerWeek"));
        plaatsing(NIJKERK, """
                {"voordrachtId": "%s", "startdatum": "2031-06-01", "contractvorm": "freelance", "urenPerWeek": 32,
                 "onbepaaldeTijd": true}""".formatted(voordracht))
                .statusCode(400).body("invalidParams[0].name", equalTo("contractvorm"));
        plaatsing(NIJKERK, """
                {"voordrachtId": "%s", "startdatum": "2031-04-01", "contractvorm": "vast", "urenPerWeek": 32,
                 "onbepaaldeTijd": true}""".formatted(voordracht))
                .statusCode(400).body("invalidParams[0].name", equalTo("startdatum"));
        assertThat(bemiddeling.aantal("SELECT count(*) FROM plaatsing WHERE kandidaat_id = ?1", kandidaat)).isZero();
        plaatsing(NIJKERK, """
                {"voordrachtId": "%s", "startdatum": "2031-06-01", "contractvorm": "vast", "urenPerWeek": 32,
                 "onbepaaldeTijd": true}""".formatted(voordracht))
                .statusCode(201).body("onbepaaldeTijd", equalTo(true)).body("contractduurMaanden", nullValue());
    }

    @Test
    void een_uitnodiging_heft_de_pseudonimisering_op_voor_de_voordragende_partner_alleen() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String voordracht = draagVoor(NIJKERK, vacature, kandidaat).statusCode(201).extract().path("id");
        kandidaat(NIJKERK, kandidaat).body("zicht", equalTo("gepseudonimiseerd")).body("naam", nullValue());

        // ADR 0047: the proposing partner arranges the interview, so it sees name and contact from the invitation on
        uitkomst(NIJKERK, voordracht, "{\"uitkomst\": \"uitgenodigd\"}").statusCode(200);
        kandidaat(NIJKERK, kandidaat).body("zicht", equalTo("onthuld"))
                .body("naam.voornaam", equalTo("Fatima")).body("contact.email", equalTo("f.elamrani@example.nl"))
                .body("leefgebieden", nullValue());
        kandidaat(AMERSFOORT, kandidaat).body("zicht", equalTo("gepseudonimiseerd")).body("naam", nullValue());
        kandidaat("gemeente-baarn", kandidaat).body("zicht", equalTo("gepseudonimiseerd")).body("naam", nullValue());

        uitkomst(AMERSFOORT, voordracht, "{\"uitkomst\": \"aangenomen\"}").statusCode(200);
        kandidaat(NIJKERK, kandidaat).body("zicht", equalTo("onthuld")).body("leefgebieden", nullValue());
    }

    @Test
    void een_afwijzing_na_de_uitnodiging_pseudonimiseert_weer() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String voordracht = draagVoor(NIJKERK, vacature, kandidaat).statusCode(201).extract().path("id");
        uitkomst(NIJKERK, voordracht, "{\"uitkomst\": \"uitgenodigd\"}").statusCode(200);
        kandidaat(NIJKERK, kandidaat).body("zicht", equalTo("onthuld"));

        uitkomst(NIJKERK, voordracht, "{\"uitkomst\": \"afgewezen\", \"reden\": \"andere-kandidaat-gekozen\"}").statusCode(200);
        kandidaat(NIJKERK, kandidaat).body("zicht", equalTo("gepseudonimiseerd")).body("naam", nullValue()).body("contact", nullValue());
    }

    @Test
    void een_afgewezen_voordracht_heft_niets_op() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String voordracht = draagVoor(NIJKERK, vacature, kandidaat).statusCode(201).extract().path("id");
        uitkomst(NIJKERK, voordracht, "{\"uitkomst\": \"afgewezen\", \"reden\": \"onvoldoende-ervaring\"}").statusCode(200);
        kandidaat(NIJKERK, kandidaat).body("zicht", equalTo("gepseudonimiseerd")).body("naam", nullValue());
    }

    @Test
    void dashboard_en_partnersysteem_plaatsen_en_beeindigen_niet() {
        String body = "{\"einddatum\": \"2031-08-15\", \"reden\": \"ontslag\"}";
        for (String token : List.of(Tokens.dashboard(), TestBellers.partnersysteem(SOEST))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/v1/plaatsingen").then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/plaatsingen/{id}/beeindiging", UUID.randomUUID()).then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/v1/plaatsingen/{id}", UUID.randomUUID()).then().statusCode(403);
        }
    }

    @Test
    void een_andere_partner_ziet_en_beeindigt_de_plaatsing_niet() {
        UUID vacature = bemiddeling.vacature(AMERSFOORT, "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(SOEST, "Soest", "beschikbaar", "ww");
        String voordracht = aangenomenVoordracht(NIJKERK, vacature, kandidaat);
        plaats("gemeente-baarn", voordracht, List.of()).statusCode(404).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("voordrachtId"));
        assertThat(bemiddeling.aantal("SELECT count(*) FROM plaatsing WHERE voordracht_id = ?1", UUID.fromString(voordracht))).isZero();
        plaats(SOEST, voordracht, List.of()).statusCode(403);
        String plaatsing = plaats(NIJKERK, voordracht, List.of()).statusCode(201).extract().path("id");
        given().auth().oauth2(TestBellers.adviseur("gemeente-baarn")).when().get("/api/v1/plaatsingen/{id}", plaatsing)
                .then().statusCode(404);
        beeindig("gemeente-baarn", plaatsing, "{\"einddatum\": \"2031-08-15\", \"reden\": \"ontslag\"}").statusCode(404);
        given().auth().oauth2(TestBellers.adviseur(SOEST)).when().get("/api/v1/plaatsingen/{id}", plaatsing)
                .then().statusCode(200).body("status", not(equalTo("beeindigd")));
    }

    private String aangenomenVoordracht(String partner, UUID vacature, UUID kandidaat) {
        String voordracht = draagVoor(partner, vacature, kandidaat).statusCode(201).extract().path("id");
        uitkomst(partner, voordracht, "{\"uitkomst\": \"aangenomen\"}").statusCode(200);
        return voordracht;
    }

    private static ValidatableResponse plaats(String partner, String voordracht, List<String> instrumenten) {
        return plaats(partner, voordracht, instrumenten, null);
    }

    /** With the Banenafspraak sector, or without one ({@code null}). */
    private static ValidatableResponse plaats(String partner, String voordracht, List<String> instrumenten, String sector) {
        String lijst = String.join(",", instrumenten.stream().map(i -> "\"" + i + "\"").toList());
        return plaatsing(partner, """
                {"voordrachtId": "%s", "startdatum": "2031-06-01", "contractvorm": "tijdelijk", "contractduurMaanden": 12,
                 "urenPerWeek": 24, "instrumenten": [%s]%s}""".formatted(voordracht, lijst,
                sector == null ? "" : ", \"banenafspraakSector\": \"" + sector + "\""));
    }

    private static ValidatableResponse plaatsing(String partner, String body) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plaatsingen").then();
    }

    private static ValidatableResponse nazorg(String partner, String plaatsing, String body) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plaatsingen/{id}/nazorg", plaatsing).then();
    }

    private static ValidatableResponse beeindig(String partner, String plaatsing, String body) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plaatsingen/{id}/beeindiging", plaatsing).then();
    }

    private static ValidatableResponse kandidaat(String partner, UUID kandidaat) {
        return given().auth().oauth2(TestBellers.adviseur(partner)).when().get("/api/v1/kandidaten/{id}", kandidaat)
                .then().statusCode(200);
    }

    /** A deployment of an instrument from the candidate's partner's catalogue, approved by that partner or still waiting. */
    private static String instrumentInzet(UUID kandidaat, String soort, boolean goedkeuren) {
        return instrumentInzet(NIJKERK, kandidaat, soort, goedkeuren);
    }

    /** As above, asked by an adviser of {@code aanvrager}: the candidate's partner, or one involved through a proposal. */
    private static String instrumentInzet(String aanvrager, UUID kandidaat, String soort, boolean goedkeuren) {
        String instrument = given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON)
                .body("""
                        {"partner": "%s", "soort": "%s", "naam": "%s Soest", "voorwaarden": "volgens de verordening",
                         "geldigVan": "2020-01-01", "geldigTot": "2035-12-31"}""".formatted(SOEST, soort, soort))
                .when().post("/api/v1/instrumenten").then().statusCode(201).extract().path("id");
        String inzet = given().auth().oauth2(TestBellers.adviseur(aanvrager)).contentType(ContentType.JSON)
                .body("{\"instrumentId\": \"%s\", \"kandidaatId\": \"%s\", \"startdatum\": \"2031-06-01\", \"duurMaanden\": 6}"
                        .formatted(instrument, kandidaat))
                .when().post("/api/v1/instrument-inzetten").then().statusCode(201).extract().path("id");
        if (goedkeuren) {
            given().auth().oauth2(TestBellers.adviseur(SOEST)).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/v1/instrument-inzetten/{id}/goedkeuring", inzet).then().statusCode(200);
        }
        return inzet;
    }

    private String pseudoniem(UUID kandidaat) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT pseudoniem FROM kandidaat_pseudoniem WHERE kandidaat_id = ?1").setParameter(1, kandidaat)
                .getSingleResult().toString());
    }

    /** The {@code data} of the one event of this type for this aggregate on the real topic. */
    private static JsonNode data(String topic, String subject, String type) throws Exception {
        List<ConsumerRecord<String, String>> records = TestKafka.readUntil(topic,
                r -> subject.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(30));
        assertThat(records).as(type + " on " + topic).hasSize(1);
        JsonNode event = JSON.readTree(records.get(0).value());
        assertThat(event.get("type").asText()).isEqualTo(type);
        assertThat(event.get("subject").asText()).isEqualTo(subject);
        assertThat(event.get("source").asText()).isEqualTo("urn:nld:oin:00000000000000000000:systeem:matching-service");
        return event.get("data");
    }

    private static List<String> veldnamen(JsonNode node) {
        List<String> namen = new ArrayList<>();
        node.fieldNames().forEachRemaining(namen::add);
        return namen;
    }
}
