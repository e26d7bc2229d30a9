package nl.wsp.reporting.team;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.reporting.TestBellers;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 17 item 4 (docs/adr/0033): the operational reports per unit and adviser, from account's, vacancy's and matching's
 * events over the real broker. A fact counts for the unit its adviser belonged to at the fact's moment (an adviser who
 * moves takes nothing along); contact requests by the one 24-hour definition; cooperation as docs/api.md defines it; a
 * duplicate counts once; an adviser sees their own unit and row only; a rebuild gives the same numbers.
 */
@QuarkusTest
class TeamRapportageTest {

    private static final String ACCOUNT = "urn:nld:oin:00000000000000000000:systeem:account-service";

    @Inject
    EntityManager em;
    @Inject
    nl.wsp.testsupport.TestKlok klok;

    /** After the year of the scenario, so its peildatum is the year's end; this service's tests otherwise stand on 2 July 2019. */
    @org.junit.jupiter.api.BeforeEach
    void klokNa2025() {
        klok.zetOp(java.time.Instant.parse("2026-06-01T10:00:00Z"));
    }

    @org.junit.jupiter.api.AfterEach
    void klokTerug() {
        klok.zetOp(java.time.Instant.parse(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("wsp.test.klok.start", String.class)));
    }

    private static String event(String type, String source, String subject, String time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","time":"%s","subject":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), source, type, time, subject, data);
    }

    private static void team(String id, String regio, String naam) {
        TestKafka.send("wsp.account.teams", id, event("nl.werkgeversdienstverlening.teams.ingericht.v1", ACCOUNT, id,
                "2025-01-01T07:00:00Z", """
                        {"teamId":"%s","regio":"%s","naam":"%s","werkgebied":["Leusden","Soest"]}""".formatted(id, regio, naam)));
    }

    private static void deelIn(String team, UUID adviseur, String partner, String regio, String op, String vorig) {
        TestKafka.send("wsp.account.teams", team, event("nl.werkgeversdienstverlening.teams.adviseur-ingedeeld.v1", ACCOUNT, team, op,
                """
                        {"teamId":"%s","adviseurId":"%s","partner":"%s","regio":"%s","ingedeeldOp":"%s"%s}"""
                        .formatted(team, adviseur, partner, regio, op, vorig == null ? "" : ",\"vorigTeamId\":\"" + vorig + "\"")));
    }

    private static String vacature(String id, UUID accountmanager, String partner, String regio, String op) {
        String werkgever = UUID.randomUUID().toString();
        TestKafka.send("wsp.vacancy.vacatures", id, event("nl.werkgeversdienstverlening.vacatures.geopend.v1",
                "urn:nld:oin:00000000000000000000:systeem:vacancy-service", id, op, """
                        {"vacatureId":"%s","werkgeverId":"%s","accountmanagerId":"%s","accountmanagerPartner":"%s",
                         "titel":"Medewerker logistiek","escoBeroep":"http://data.europa.eu/esco/occupation/a7c1d23d-aeca-4bee-9a08-5993ed98b135",
                         "vereisteVaardigheden":[],"gewensteVaardigheden":[],"urenPerWeek":32,"aantalPosities":1,"werklocatieGemeente":"Soest",
                         "regio":"%s","sector":"logistiek","contractvorm":"tijdelijk","startdatum":"2025-09-01","sluitingsdatum":"2025-09-30",
                         "opleidingsniveau":"mbo-2","geschiktVoorBanenafspraak":false,"rijbewijsVereist":false,"eigenBestandTot":"%s"}
                        """.formatted(id, werkgever, accountmanager, partner, regio, op)));
        return id;
    }

    private static void plaatsing(String vacature, String partner, String regio) {
        String id = UUID.randomUUID().toString();
        TestKafka.send("wsp.matching.plaatsingen", id, event("nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1",
                "urn:nld:oin:00000000000000000000:systeem:matching-service", id, "2025-05-01T09:00:00Z", """
                        {"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"%s","gemeente":"Soest","regio":"%s",
                         "doelgroepen":["ww"],"startdatum":"2025-05-01","contractvorm":"tijdelijk","urenPerWeek":32,"instrumenten":[]}
                        """.formatted(id, vacature, UUID.randomUUID(), partner, regio)));
    }

    private static String contact(String werkgever, UUID adviseur, String partner, String regio, String soort, String datum,
                                  boolean anderePartner, String vervolgUiterlijk) {
        return event("nl.werkgeversdienstverlening.werkgevers.contactmoment-geregistreerd.v1", ACCOUNT, werkgever, datum + "T10:00:00Z", """
                {"werkgeverId":"%s","contactmomentId":"%s","soort":"%s","datum":"%s","adviseurId":"%s","adviseurPartner":"%s",
                 "vestigingsgemeente":"Soest","regio":"%s","accountmanagerGenotificeerd":%s%s}""".formatted(werkgever, UUID.randomUUID(),
                soort, datum, adviseur, partner, regio, anderePartner, vervolgUiterlijk == null ? "" : ",\"vervolgUiterlijk\":\"" + vervolgUiterlijk + "\""));
    }

    /** A request received at {@code op} for {@code adviseur}; then answered (in time or not) or flagged, or both. */
    private static void verzoek(UUID adviseur, String regio, String op, Boolean binnenTermijn, boolean verstreken) {
        String id = UUID.randomUUID().toString();
        String basis = "\"contactverzoekId\":\"%s\",\"werkgeverId\":\"%s\",\"ontvangenOp\":\"%s\",\"partner\":\"gemeente-soest\",\"regio\":\"%s\""
                .formatted(id, UUID.randomUUID(), op, regio);
        String uiterlijk = java.time.Instant.parse(op).plus(Duration.ofHours(24)).toString();
        TestKafka.send("wsp.account.contactverzoeken", id, event("nl.werkgeversdienstverlening.contactverzoeken.ontvangen.v1", ACCOUNT, id, op,
                "{" + basis + ",\"reactieUiterlijk\":\"" + uiterlijk + "\",\"toegewezenAan\":\"" + adviseur + "\"}"));
        if (verstreken) {
            TestKafka.send("wsp.account.contactverzoeken", id, event("nl.werkgeversdienstverlening.contactverzoeken.termijn-verstreken.v1", ACCOUNT, id, uiterlijk,
                    "{" + basis + ",\"reactieUiterlijk\":\"" + uiterlijk + "\",\"toegewezenAan\":\"" + adviseur + "\"}"));
        }
        if (binnenTermijn != null) {
            TestKafka.send("wsp.account.contactverzoeken", id, event("nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1", ACCOUNT, id, uiterlijk,
                    "{" + basis + ",\"beantwoordOp\":\"" + uiterlijk + "\",\"binnenTermijn\":" + binnenTermijn
                            + (verstreken ? ",\"naTermijnVerstreken\":true" : "") + "}"));
        }
    }

    private record Scenario(String regio, String roermond, String weert, UUID a1, UUID a2, UUID a3, String p1) {
    }

    /**
     * Units Roermond and Weert. A1 (partner P1) is in Roermond until 1 July 2025, then in Weert; A2 (P1) in Weert; A3 (P2)
     * in no unit.
     */
    private Scenario speel() {
        String regio = TestRegio.nieuw();
        String p1 = "gemeente-r-" + UUID.randomUUID().toString().substring(0, 8);
        String p2 = "uwv-r-" + UUID.randomUUID().toString().substring(0, 8);
        TestRegio.partner(p1, regio);
        TestRegio.partner(p2, regio);
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID a3 = UUID.randomUUID();
        TestBellers.registreer(a1, p1);
        TestBellers.registreer(a2, p1);
        TestBellers.registreer(a3, p2);
        String roermond = UUID.randomUUID().toString();
        String weert = UUID.randomUUID().toString();
        team(roermond, regio, "Uitvoeringseenheid Roermond");
        team(weert, regio, "Uitvoeringseenheid Weert");
        deelIn(roermond, a1, p1, regio, "2025-01-01T08:00:00Z", null);
        deelIn(weert, a2, p1, regio, "2025-01-01T08:00:00Z", null);
        deelIn(weert, a1, p1, regio, "2025-07-01T08:00:00Z", roermond);

        String v1 = vacature(UUID.randomUUID().toString(), a1, p1, regio, "2025-03-10T09:00:00Z"); // A1 in Roermond
        vacature(UUID.randomUUID().toString(), a1, p1, regio, "2025-08-10T09:00:00Z");             // A1 in Weert
        String v3 = vacature(UUID.randomUUID().toString(), a2, p1, regio, "2025-04-01T09:00:00Z"); // A2 in Weert
        plaatsing(v1, p2, regio); // a candidate of another partner than the account manager's: cooperation
        plaatsing(v3, p1, regio);

        String e1 = UUID.randomUUID().toString();
        String e2 = UUID.randomUUID().toString();
        String bezoek = contact(e1, a1, p1, regio, "bezoek", "2025-02-01", false, "2025-03-01"); // promise never followed up
        TestKafka.send("wsp.account.werkgevers", e1, bezoek);
        TestKafka.send("wsp.account.werkgevers", e1, bezoek); // delivered twice: one visit, one overdue promise
        TestKafka.send("wsp.account.werkgevers", e2, contact(e2, a2, p1, regio, "telefoon", "2025-05-01", false, "2025-06-01"));
        TestKafka.send("wsp.account.werkgevers", e2, contact(e2, a3, p2, regio, "bezoek", "2025-06-15", true, null)); // the follow-up, by another partner

        verzoek(a1, regio, "2025-02-10T09:00:00Z", true, false);   // Roermond: answered in time
        verzoek(a1, regio, "2025-09-01T09:00:00Z", false, true);   // Weert: flagged, then answered late: one late answer
        verzoek(a2, regio, "2025-10-01T09:00:00Z", null, true);    // Weert: never answered
        return new Scenario(regio, roermond, weert, a1, a2, a3, p1);
    }

    private static JsonPath teams(String token, String regio) {
        return given().auth().oauth2(token).queryParam("regio", regio).queryParam("jaar", 2025)
                .get("/api/v1/rapportages/teams").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath adviseurs(String token, String regio) {
        return given().auth().oauth2(token).queryParam("regio", regio).queryParam("jaar", 2025)
                .get("/api/v1/rapportages/adviseurs").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> rij(JsonPath rapport, String lijst, String sleutel, Object waarde) {
        return rapport.getMap(lijst + ".find { it." + sleutel + " == '" + waarde + "' }.cijfers");
    }

    @SuppressWarnings("unchecked")
    private static void perTeamKlopt(Scenario s) {
        JsonPath r = teams(Tokens.dashboard(), s.regio());
        assertThat(r.getList("teams.naam")).containsExactly("Uitvoeringseenheid Roermond", "Uitvoeringseenheid Weert", "Zonder team");
        assertThat(r.getString("peildatum")).isEqualTo("2026-01-01");
        Map<String, Object> roermond = rij(r, "teams", "teamId", s.roermond());
        assertThat(roermond).containsEntry("vacaturesOpgehaald", 1).containsEntry("bezoeken", 1).containsEntry("contactmomenten", 1)
                .containsEntry("verlopenVervolgafspraken", 1);
        assertThat((Map<String, Object>) roermond.get("contactverzoeken")).containsEntry("ontvangen", 1).containsEntry("binnenTermijn", 1)
                .containsEntry("teLaat", 0).containsEntry("termijnVerstreken", 0).containsEntry("percentageBinnenTermijn", 100.0f);
        assertThat((Map<String, Object>) roermond.get("samenwerking")).containsEntry("plaatsingen", 1)
                .containsEntry("plaatsingenKandidaatAnderePartner", 1).containsEntry("contactmomentenBijAnderePartner", 0);
        Map<String, Object> weert = rij(r, "teams", "teamId", s.weert());
        assertThat(weert).containsEntry("vacaturesOpgehaald", 2).containsEntry("bezoeken", 0).containsEntry("contactmomenten", 1)
                .containsEntry("verlopenVervolgafspraken", 0);
        assertThat((Map<String, Object>) weert.get("contactverzoeken")).containsEntry("ontvangen", 2).containsEntry("binnenTermijn", 0)
                .containsEntry("teLaat", 1).containsEntry("termijnVerstreken", 1).containsEntry("nogBinnenTermijn", 0)
                .containsEntry("percentageBinnenTermijn", 0.0f);
        assertThat((Map<String, Object>) weert.get("samenwerking")).containsEntry("plaatsingen", 1)
                .containsEntry("plaatsingenKandidaatAnderePartner", 0);
        Map<String, Object> zonder = r.getMap("teams.find { it.naam == 'Zonder team' }.cijfers");
        assertThat(zonder).containsEntry("bezoeken", 1).containsEntry("vacaturesOpgehaald", 0);
        assertThat((Map<String, Object>) zonder.get("samenwerking")).containsEntry("contactmomentenBijAnderePartner", 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void een_feit_telt_voor_het_team_waar_de_adviseur_toen_bij_hoorde_en_een_herbouw_telt_hetzelfde() {
        Scenario s = speel();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> perTeamKlopt(s));

        JsonPath perAdviseur = adviseurs(Tokens.beheerder(), s.regio());
        assertThat(perAdviseur.getList("adviseurs.adviseurId")).containsExactlyInAnyOrder(s.a1().toString(), s.a2().toString(), s.a3().toString());
        Map<String, Object> a1 = rij(perAdviseur, "adviseurs", "adviseurId", s.a1());
        assertThat(a1).containsEntry("vacaturesOpgehaald", 2).containsEntry("verlopenVervolgafspraken", 1);
        assertThat((Map<String, Object>) a1.get("contactverzoeken")).containsEntry("ontvangen", 2).containsEntry("percentageBinnenTermijn", 50.0f);
        assertThat(perAdviseur.getString("adviseurs.find { it.adviseurId == '" + s.a1() + "' }.teamId")).isEqualTo(s.weert());
        assertThat(perAdviseur.getString("adviseurs.find { it.adviseurId == '" + s.a3() + "' }.teamId")).isNull();

        given().auth().oauth2(Tokens.beheerder()).post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(5))
                .untilAsserted(() -> perTeamKlopt(s));
    }

    @Test
    void een_adviseur_ziet_zijn_eigen_team_en_rij_en_niets_van_een_andere_regio_of_adviseur() {
        Scenario s = speel();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> perTeamKlopt(s));
        String a1 = TestBellers.adviseur(s.p1(), s.a1());
        JsonPath team = teams(a1, s.regio());
        assertThat(team.getList("teams.teamId")).containsExactly(s.weert());
        JsonPath eigen = adviseurs(a1, s.regio());
        assertThat(eigen.getList("adviseurs.adviseurId")).containsExactly(s.a1().toString());

        String elders = TestBellers.adviseur("gemeente-amersfoort");
        assertThat(teams(elders, s.regio()).getList("teams")).isEmpty();
        assertThat(adviseurs(elders, s.regio()).getList("adviseurs")).isEmpty();
        assertThat(adviseurs(Tokens.beheerder("Midden-Brabant"), s.regio()).getList("adviseurs")).isEmpty();
        given().auth().oauth2(Tokens.dashboard()).queryParam("regio", s.regio()).queryParam("jaar", 2025)
                .get("/api/v1/rapportages/adviseurs").then().statusCode(403);
    }

    @Test
    void een_re_integratiebedrijf_ziet_geen_rapportages() {
        String regio = TestRegio.nieuw();
        String reintegratie = "re-integratiebedrijf-" + UUID.randomUUID().toString().substring(0, 8);
        TestRegio.partner(reintegratie, regio, "re-integratiebedrijf");
        UUID adviseur = UUID.randomUUID();
        TestBellers.registreer(adviseur, reintegratie);
        String token = Tokens.adviseur(reintegratie, adviseur.toString());
        for (String rapportage : new String[]{"/api/v1/rapportages/teams", "/api/v1/rapportages/adviseurs"}) {
            given().auth().oauth2(token).queryParam("regio", regio).queryParam("jaar", 2025).get(rapportage).then()
                    .statusCode(403).contentType("application/problem+json").body("type", org.hamcrest.Matchers.equalTo("urn:nl:wsp:probleem:geen-toegang"));
        }
        given().auth().oauth2(token).get("/api/v1/partners").then().statusCode(200);
    }

    @Test
    void wie_het_overzicht_per_adviseur_leest_staat_per_genoemde_adviseur_in_het_verwerkingslogboek() {
        Scenario s = speel();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> perTeamKlopt(s));
        long voor = regels(s.a3());
        adviseurs(Tokens.beheerder(), s.regio());
        assertThat(regels(s.a3())).isEqualTo(voor + 1);
        long a2Voor = regels(s.a2());
        adviseurs(TestBellers.adviseur(s.p1(), s.a1()), s.regio());
        assertThat(regels(s.a2())).as("an adviser's own report names no other adviser").isEqualTo(a2Voor);
    }

    @Test
    void zonder_regio_of_met_een_onbekende_regio_is_het_400_met_het_veld() {
        given().auth().oauth2(Tokens.dashboard()).queryParam("jaar", 2025).get("/api/v1/rapportages/teams")
                .then().statusCode(400).body("invalidParams.name", org.hamcrest.Matchers.contains("regio"));
        given().auth().oauth2(Tokens.beheerder()).queryParam("jaar", 2025).queryParam("regio", "Atlantis").get("/api/v1/rapportages/adviseurs")
                .then().statusCode(400).body("invalidParams.name", org.hamcrest.Matchers.contains("regio"));
    }

    private long regels(UUID adviseur) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND status = 'OK' AND activiteit = 'werkoverzicht'
                           AND betrokkene_type = 'urn:nl:wsp:reporting-service:adviseur-id'""")
                .setParameter(1, adviseur).getSingleResult()).longValue());
    }
}
