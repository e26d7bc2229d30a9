package nl.wsp.reporting.realisatie;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The other events reporting counts, each in the shape docs/events.md gives, put on the real broker. */
@QuarkusTest
class RealisatieEventsTest {

    @Inject
    TestKlok klok;

    static String event(String type, String source, String subject, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s",
                 "datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), source, type, time, subject, data);
    }

    static String vacatureGeopend(String regio, int posities, boolean banenafspraak) {
        String id = UUID.randomUUID().toString();
        return event("nl.werkgeversdienstverlening.vacatures.geopend.v1", "urn:nld:oin:00000000000000000000:systeem:vacancy-service", id, "2019-02-11T08:30:00Z", """
                {"vacatureId":"%s","werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"gemeente-amersfoort",
                 "titel":"Medewerker logistiek","escoBeroep":"http://data.europa.eu/esco/occupation/a7c1d23d-aeca-4bee-9a08-5993ed98b135",
                 "vereisteVaardigheden":[],"gewensteVaardigheden":[],"urenPerWeek":32,"aantalPosities":%d,"werklocatieGemeente":"Amersfoort",
                 "regio":"%s","sector":"logistiek","contractvorm":"tijdelijk","startdatum":"2019-03-01","sluitingsdatum":"2019-03-31",
                 "opleidingsniveau":"mbo-2","geschiktVoorBanenafspraak":%s,"rijbewijsVereist":false,"eigenBestandTot":"2019-02-12T08:30:00Z"}
                """.formatted(id, UUID.randomUUID(), UUID.randomUUID(), posities, regio, banenafspraak));
    }

    @Test
    void vacatures_bezoeken_en_plaatsingen_vullen_de_stuurgroeprapportage_en_een_dubbel_event_telt_een_keer() throws Exception {
        String regio = TestRegio.nieuw();
        String geopend = vacatureGeopend(regio, 2, false);
        List<Map.Entry<String, String>> vacatures = new ArrayList<>();
        vacatures.add(Map.entry("v1", geopend));
        vacatures.add(Map.entry("v1", geopend)); // delivered twice: counts once
        vacatures.add(Map.entry("v2", vacatureGeopend(regio, 1, true)));
        vacatures.add(Map.entry("v3", vacatureGeopend(regio, 1, false)));
        vacatures.add(Map.entry("v3", event("nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1", "urn:nld:oin:00000000000000000000:systeem:vacancy-service", "v3", "2019-02-12T08:30:00Z",
                "{\"vacatureId\":\"v3\",\"regio\":\"" + regio + "\",\"breedUitgezetOp\":\"2019-02-12T08:30:00Z\",\"reden\":\"termijn-verstreken\"}")));
        vacatures.add(Map.entry("v1", event("nl.werkgeversdienstverlening.vacatures.vervuld.v1", "urn:nld:oin:00000000000000000000:systeem:vacancy-service", "v1", "2019-03-04T12:00:00Z",
                "{\"vacatureId\":\"v1\",\"werkgeverId\":\"w1\",\"regio\":\"" + regio + "\",\"vervuldOp\":\"2019-03-04T12:00:00Z\",\"aantalPosities\":2}")));
        Plaatsingen.verstuur("wsp.vacancy.vacatures", vacatures);
        List<Map.Entry<String, String>> contacten = new ArrayList<>();
        for (String soort : List.of("bezoek", "bezoek", "telefoon")) {
            String werkgever = UUID.randomUUID().toString();
            contacten.add(Map.entry(werkgever, event("nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1", "urn:nld:oin:00000000000000000000:systeem:account-service", werkgever,
                    "2019-01-15T10:00:00Z", """
                            {"werkgeverId":"%s","contactmomentId":"%s","soort":"%s","datum":"2019-01-15","adviseurId":"%s",
                             "adviseurPartner":"uwv-amersfoort","vestigingsgemeente":"Soest","regio":"%s","accountmanagerGenotificeerd":false}
                            """.formatted(werkgever, UUID.randomUUID(), soort, UUID.randomUUID(), regio))));
        }
        Plaatsingen.verstuur("wsp.account.werkgevers", contacten);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        Plaatsingen.verstuur(Plaatsingen.TOPIC, List.of(
                Map.entry(p1.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), p1, "amfors", "Amersfoort", regio,
                        List.of("bijstand", "banenafspraak"), LocalDate.of(2019, 3, 1))),
                Map.entry(p2.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), p2, "uwv-amersfoort", "Baarn", regio,
                        List.of("ww"), LocalDate.of(2019, 3, 18)))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> stuurgroep(regio, 1)
                .body("vacaturesOpgehaald", equalTo(3))
                .body("vacaturesVervuld", equalTo(1))
                .body("bedrijfsbezoeken", equalTo(2))
                .body("plaatsingen", equalTo(2)));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> stuurgroep(regio, 1)
                .body("vacaturesOpgehaald", equalTo(3))
                .body("positiesOpgehaald", equalTo(4))
                .body("contactmomenten", equalTo(3))
                .body("vacaturesBreedUitgezet", equalTo(1))
                .body("positiesVervuld", equalTo(2))
                .body("garantiebanenBeschikbaar", equalTo(1))
                .body("garantiebanenIngevuld", equalTo(1))
                .body("vervullingPerDoelgroep.bijstand", equalTo(1))
                .body("vervullingPerDoelgroep.ww", equalTo(1))
                .body("percentageVervuld", equalTo(33.3f)));
        // the second quarter had none of it
        stuurgroep(regio, 2).body("vacaturesOpgehaald", equalTo(0)).body("plaatsingen", equalTo(0));
    }

    @Test
    void garantiebanen_tellen_in_posities_aan_beide_kanten_een_vacature_met_drie_posities_en_drie_plaatsingen_is_drie_tegen_drie()
            throws Exception {
        String regio = TestRegio.nieuw();
        Plaatsingen.verstuur("wsp.vacancy.vacatures", List.of(Map.entry("g1", vacatureGeopend(regio, 3, true))));
        List<Map.Entry<String, String>> plaatsingen = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID p = UUID.randomUUID();
            plaatsingen.add(Map.entry(p.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), p, "gemeente-amersfoort",
                    "Amersfoort", regio, List.of("bijstand", "banenafspraak"), LocalDate.of(2019, 3, 4))));
        }
        Plaatsingen.verstuur(Plaatsingen.TOPIC, plaatsingen);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> stuurgroep(regio, 1)
                .body("vacaturesOpgehaald", equalTo(1))
                .body("garantiebanenIngevuld", equalTo(3))
                .body("garantiebanenBeschikbaar", equalTo(3)));
    }

    static io.restassured.response.ValidatableResponse stuurgroep(String regio, int kwartaal) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2019).queryParam("kwartaal", kwartaal)
                .when().get("/api/v1/rapportages/stuurgroep").then().statusCode(200);
    }

    @Test
    void contactverzoeken_meten_de_24_uursregel_en_nps_telt_per_meetronde() throws Exception {
        String regio = TestRegio.nieuw();
        List<Map.Entry<String, String>> verzoeken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = UUID.randomUUID().toString();
            String basis = "\"contactverzoekId\":\"%s\",\"werkgeverId\":\"%s\",\"ontvangenOp\":\"2019-03-05T09:00:00Z\",\"partner\":\"gemeente-soest\",\"regio\":\"%s\""
                    .formatted(id, UUID.randomUUID(), regio);
            verzoeken.add(Map.entry(id, event("nl.werkgeversdienstverlening.contactverzoeken.ontvangen.v1", "urn:nld:oin:00000000000000000000:systeem:account-service", id, "2019-03-05T09:00:00Z",
                    "{" + basis + ",\"reactieUiterlijk\":\"2019-03-06T09:00:00Z\",\"toegewezenAan\":\"a1\"}")));
            if (i == 0 || i == 1) {
                verzoeken.add(Map.entry(id, event("nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1", "urn:nld:oin:00000000000000000000:systeem:account-service", id, "2019-03-05T15:00:00Z",
                        "{" + basis + ",\"beantwoordOp\":\"2019-03-05T15:00:00Z\",\"binnenTermijn\":" + (i == 0) + "}")));
            } else {
                verzoeken.add(Map.entry(id, event("nl.werkgeversdienstverlening.contactverzoeken.termijn-verstreken.v1", "urn:nld:oin:00000000000000000000:systeem:account-service", id, "2019-03-06T09:00:00Z",
                        "{" + basis + ",\"reactieUiterlijk\":\"2019-03-06T09:00:00Z\",\"toegewezenAan\":\"a1\"}")));
            }
        }
        Plaatsingen.verstuur("wsp.account.contactverzoeken", verzoeken);
        List<Map.Entry<String, String>> nps = new ArrayList<>();
        for (int score : new int[]{10, 9, 8, 3}) {
            String id = UUID.randomUUID().toString();
            nps.add(Map.entry(id, event("nl.werkgeversdienstverlening.nps.respons-geregistreerd.v1", "urn:nld:oin:00000000000000000000:systeem:account-service", id, "2019-06-01T10:00:00Z", """
                    {"responsId":"%s","werkgeverId":"%s","meetronde":"2019-1","score":%d,"accountmanagerId":"%s","partner":"uwv-amersfoort","regio":"%s"}
                    """.formatted(id, UUID.randomUUID(), score, UUID.randomUUID(), regio))));
        }
        Plaatsingen.verstuur("wsp.account.nps", nps);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.dashboard())
                .queryParam("regio", regio).queryParam("jaar", 2019).when().get("/api/v1/rapportages/contactverzoeken")
                .then().statusCode(200)
                .body("totaal.ontvangen", equalTo(3))
                .body("totaal.binnenTermijn", equalTo(1))
                .body("totaal.teLaat", equalTo(1))
                .body("totaal.termijnVerstreken", equalTo(1))
                .body("totaal.percentageBinnenTermijn", equalTo(33.3f))
                .body("rijen.find { it.maand == '2019-03' }.ontvangen", equalTo(3)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.dashboard())
                .queryParam("regio", regio).when().get("/api/v1/rapportages/nps")
                .then().statusCode(200)
                .body("rijen", hasSize(1))
                .body("rijen[0].meetronde", equalTo("2019-1"))
                .body("rijen[0].respons", equalTo(4))
                .body("rijen[0].promotors", equalTo(2))
                .body("rijen[0].criticasters", equalTo(1))
                .body("rijen[0].nps", equalTo(25)));
    }

    @Test
    void duurzaamheid_telt_plaatsingen_die_binnen_zes_maanden_eindigden() throws Exception {
        String regio = TestRegio.nieuw();
        List<Map.Entry<String, String>> events = new ArrayList<>();
        LocalDate start = LocalDate.of(2019, 1, 7);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (UUID id : ids) {
            events.add(Map.entry(id.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), id, "gemeente-nijkerk", "Nijkerk",
                    regio, List.of("bijstand"), start)));
        }
        events.add(Map.entry(ids.get(0).toString(), Plaatsingen.beeindigd(ids.get(0), "gemeente-nijkerk", "Nijkerk", regio,
                List.of("bijstand"), start, start.plusMonths(2))));
        events.add(Map.entry(ids.get(1).toString(), Plaatsingen.beeindigd(ids.get(1), "gemeente-nijkerk", "Nijkerk", regio,
                List.of("bijstand"), start, start.plusMonths(8))));
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.dashboard())
                .queryParam("regio", regio).queryParam("jaar", 2019).when().get("/api/v1/rapportages/duurzaamheid")
                .then().statusCode(200)
                .body("rijen.find { it.startmaand == '2019-01' }.gestart", equalTo(3))
                .body("rijen.find { it.startmaand == '2019-01' }.beeindigdBinnenZesMaanden", equalTo(1))
                .body("rijen.find { it.startmaand == '2019-01' }.beeindigdLater", equalTo(1))
                .body("totaal.percentageDuurzaam", equalTo(66.7f)));
    }

    @Test
    void van_werk_naar_werk_telt_als_duurzaam_en_niet_als_verlies() throws Exception {
        String regio = TestRegio.nieuw();
        List<Map.Entry<String, String>> events = new ArrayList<>();
        LocalDate start = LocalDate.of(2019, 3, 4);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (UUID id : ids) {
            events.add(Map.entry(id.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), id, "gemeente-nijkerk", "Nijkerk",
                    regio, List.of("bijstand"), start)));
        }
        events.add(Map.entry(ids.get(0).toString(), Plaatsingen.beeindigd(ids.get(0), "gemeente-nijkerk", "Nijkerk", regio,
                List.of("bijstand"), start, start.plusMonths(2), "naar-ander-werk")));
        events.add(Map.entry(ids.get(1).toString(), Plaatsingen.beeindigd(ids.get(1), "gemeente-nijkerk", "Nijkerk", regio,
                List.of("bijstand"), start, start.plusMonths(3), "ontslag")));
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);

        // 4 started, 2 ended within six months, one of them straight to other work: 3 of 4 durable
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.dashboard())
                .queryParam("regio", regio).queryParam("jaar", 2019).when().get("/api/v1/rapportages/duurzaamheid")
                .then().statusCode(200)
                .body("rijen.find { it.startmaand == '2019-03' }.gestart", equalTo(4))
                .body("rijen.find { it.startmaand == '2019-03' }.beeindigdBinnenZesMaanden", equalTo(2))
                .body("rijen.find { it.startmaand == '2019-03' }.waarvanNaarAnderWerk", equalTo(1))
                .body("totaal.waarvanNaarAnderWerk", equalTo(1))
                .body("totaal.percentageDuurzaam", equalTo(75.0f)));
    }

    @Test
    void realisatie_tegen_doel_met_percentage_en_achterstand_en_de_status_gaat_naar_matching() throws Exception {
        klok.zetOp(Instant.parse("2019-07-02T10:00:00Z")); // day 183 of 365
        String regio = TestRegio.nieuw();
        String partner = "gemeente-" + UUID.randomUUID().toString().substring(0, 8);
        TestRegio.partner(partner, regio);
        Map<String, Object> partnerDoel = new HashMap<>(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "partner", partner, "aantal", 365));
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json").body(partnerDoel)
                .when().post("/api/v1/doelstellingen").then().statusCode(201);
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json")
                .body(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "doelgroep", "bijstand",
                        "gemeenten", List.of("Amersfoort", "Leusden"), "aantal", 180))
                .when().post("/api/v1/doelstellingen").then().statusCode(201);
        given().auth().oauth2(Tokens.beheerder()).contentType("application/json")
                .body(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "doelgroep", "bijstand-nug-met-beperking",
                        "gemeenten", List.of("Amersfoort", "Leusden"), "aantal", 60))
                .when().post("/api/v1/doelstellingen").then().statusCode(201);

        List<Map.Entry<String, String>> events = new ArrayList<>();
        Object[][] plaatsingen = {
                {partner, "Amersfoort", List.of("bijstand"), LocalDate.of(2019, 2, 1)},
                {partner, "Leusden", List.of("bijstand", "met-iba"), LocalDate.of(2019, 4, 1)},
                {"uwv-amersfoort", "Nijkerk", List.of("bijstand"), LocalDate.of(2019, 5, 1)},
                {"uwv-amersfoort", "Amersfoort", List.of("bijstand"), LocalDate.of(2018, 12, 1)}, // another year
        };
        for (Object[] p : plaatsingen) {
            UUID id = UUID.randomUUID();
            @SuppressWarnings("unchecked") List<String> groepen = (List<String>) p[2];
            events.add(Map.entry(id.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), id, (String) p[0], (String) p[1],
                    regio, groepen, (LocalDate) p[3])));
        }
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.dashboard())
                .queryParam("regio", regio).queryParam("jaar", 2019).when().get("/api/v1/rapportages/realisatie")
                .then().statusCode(200)
                .body("rijen", hasSize(3))
                .body("rijen.find { it.partner == '" + partner + "' }.gerealiseerd", equalTo(2))
                .body("rijen.find { it.partner == '" + partner + "' }.verwachtTotNu", equalTo(183))
                .body("rijen.find { it.partner == '" + partner + "' }.achterstand", equalTo(181))
                .body("rijen.find { it.partner == '" + partner + "' }.percentage", equalTo(0.5f))
                .body("rijen.find { it.doelgroep == 'bijstand' }.gerealiseerd", equalTo(1))
                .body("rijen.find { it.doelgroep == 'bijstand' }.verwachtTotNu", equalTo(90))
                .body("rijen.find { it.doelgroep == 'bijstand-nug-met-beperking' }.gerealiseerd", equalTo(1)));

        List<ConsumerRecord<String, String>> status = TestKafka.readUntil("wsp.reporting.doelstelling-status",
                r -> partner.equals(r.key()) && r.value().contains("\"gerealiseerd\":2"), Duration.ofSeconds(60));
        assertThat(status).isNotEmpty();
        assertThat(status.get(0).value())
                .contains("\"type\":\"nl.werkgeversdienstverlening.doelstellingen.status-gewijzigd.v1\"")
                .contains("\"partner\":\"" + partner + "\"", "\"regio\":\"" + regio + "\"", "\"jaar\":2019", "\"doel\":365",
                        "\"verwachtTotNu\":183", "\"achterstand\":181");
    }

    @Test
    void een_doelstelling_van_een_gemeentegroep_meldt_haar_voortgang_aan_matching_en_telt_alleen_haar_gemeenten_en_doelgroep()
            throws Exception {
        String regio = TestRegio.nieuw();
        String id = given().auth().oauth2(Tokens.beheerder()).contentType("application/json")
                .body(Map.of("regio", regio, "jaar", 2019, "soort", "plaatsingen", "doelgroep", "bijstand",
                        "gemeenten", List.of("Amersfoort", "Leusden"), "aantal", 180))
                .when().post("/api/v1/doelstellingen").then().statusCode(201).extract().path("id");
        List<ConsumerRecord<String, String>> gezet = TestKafka.readUntil("wsp.reporting.doelstelling-status",
                r -> id.equals(r.key()), Duration.ofSeconds(60));
        assertThat(gezet.get(0).value()).contains("\"type\":\"nl.werkgeversdienstverlening.doelstellingen.voortgang-gewijzigd.v1\"",
                "\"gerealiseerd\":0", "\"doel\":180", "\"gemeenten\":[\"Amersfoort\",\"Leusden\"]", "\"partners\":[]");

        List<Map.Entry<String, String>> events = new ArrayList<>();
        Object[][] plaatsingen = {
                {"Leusden", List.of("bijstand"), LocalDate.of(2019, 4, 1)},          // counts
                {"Nijkerk", List.of("bijstand"), LocalDate.of(2019, 4, 2)},          // another municipality
                {"Amersfoort", List.of("ww"), LocalDate.of(2019, 4, 3)},             // another target group
                {"Amersfoort", List.of("bijstand"), LocalDate.of(2019, 5, 6)},       // counts
        };
        for (Object[] p : plaatsingen) {
            UUID plaatsing = UUID.randomUUID();
            @SuppressWarnings("unchecked") List<String> groepen = (List<String>) p[1];
            events.add(Map.entry(plaatsing.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), plaatsing, "uwv-amersfoort",
                    (String) p[0], regio, groepen, (LocalDate) p[2])));
        }
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);

        List<ConsumerRecord<String, String>> voortgang = TestKafka.readUntil("wsp.reporting.doelstelling-status",
                r -> id.equals(r.key()) && r.value().contains("\"gerealiseerd\":2"), Duration.ofSeconds(60));
        assertThat(voortgang).isNotEmpty();
        assertThat(TestKafka.readToEnd("wsp.reporting.doelstelling-status", r -> id.equals(r.key())))
                .as("one event when set, one per placement that counts: Nijkerk and WW do not")
                .hasSize(3);

        given().auth().oauth2(Tokens.beheerder()).when().delete("/api/v1/doelstellingen/" + id).then().statusCode(204);
        assertThat(TestKafka.readUntil("wsp.reporting.doelstelling-status",
                r -> id.equals(r.key()) && r.value().contains("\"vervallen\":true"), Duration.ofSeconds(60))).isNotEmpty();
    }

    @Test
    void banenafspraak_cumulatief_per_kwartaal_tegen_het_doel() throws Exception {
        String regio = TestRegio.nieuw();
        int doel2019 = 0;
        for (String[] bestand : new String[][]{{"banenafspraak-markt", "market"}, {"banenafspraak-overheid", "government"}}) {
            String csv = Files.readString(Path.of("../data/figures/banenafspraak-targets-" + bestand[1] + "-amersfoort.csv"));
            given().auth().oauth2(Tokens.beheerder()).contentType("application/json")
                    .body(Map.of("regio", regio, "soort", bestand[0], "csv", csv))
                    .when().post("/api/v1/doelstellingen/import").then().statusCode(201);
            List<String> regels = List.of(csv.split("\n"));
            List<String> kop = List.of(regels.get(0).split(","));
            for (String regel : regels.subList(1, regels.size())) {
                String[] r = regel.split(",");
                if (r[0].equals("Landelijk") || r[0].startsWith("Regio")) {
                    continue;
                }
                for (int jaar = 2014; jaar <= 2019; jaar++) {
                    doel2019 += Integer.parseInt(r[kop.indexOf(String.valueOf(jaar))].trim());
                }
            }
        }
        List<Map.Entry<String, String>> events = new ArrayList<>();
        for (LocalDate start : List.of(LocalDate.of(2019, 1, 10), LocalDate.of(2019, 2, 10), LocalDate.of(2019, 8, 1))) {
            UUID id = UUID.randomUUID();
            events.add(Map.entry(id.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), id, "amfors", "Soest", regio,
                    List.of("wajong", "banenafspraak"), start)));
        }
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);
        int verwacht = doel2019;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.dashboard())
                .queryParam("regio", regio).queryParam("totJaar", 2019).when().get("/api/v1/rapportages/banenafspraak")
                .then().statusCode(200)
                .body("rijen[0].kwartaal", equalTo("2014-K1"))
                .body("rijen.find { it.kwartaal == '2019-K1' }.gerealiseerdInKwartaal", equalTo(2))
                .body("rijen.find { it.kwartaal == '2019-K2' }.gerealiseerdCumulatief", equalTo(2))
                .body("rijen.find { it.kwartaal == '2019-K3' }.gerealiseerdCumulatief", equalTo(3))
                .body("rijen.find { it.kwartaal == '2019-K4' }.doelCumulatief", equalTo(verwacht)));
    }
}
