package nl.wsp.account.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.account.Testdata;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Issue 14, item 2, for account-service: walks this service's OpenAPI document and requires, for every operation that
 * returns or changes personal data — advisers, and the people of an employer filed under its id — a new row in the
 * processing log for the person the scenario is about. Every operation is taken to touch personal data unless it is
 * in {@link #ZONDER_PERSOONSGEGEVENS} with its reason; an operation the walk finds that is in neither that list nor
 * the scenarios below fails the test, so a new endpoint needs a scenario (and then its row) or a stated reason.
 */
@QuarkusTest
class VerwerkingslogboekDekkingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T = Instant.parse("2036-03-10T10:00:00Z");

    /** The operations that neither return nor change personal data, and why. */
    static final Map<String, String> ZONDER_PERSOONSGEGEVENS = Map.ofEntries(
            Map.entry("registreerPartner", "een partner is een organisatie (gemeente, UWV, SW-bedrijf)"),
            Map.entry("lijstPartners", "organisaties"),
            Map.entry("leesPartner", "een organisatie"),
            Map.entry("deactiveerPartner", "zet een organisatie in haar regio op non-actief (ADR 0024)"),
            Map.entry("activeerPartner", "maakt een organisatie in haar regio weer actief (ADR 0024)"),
            Map.entry("stelUitvoeringIn", "legt vast voor welke gemeenten een organisatie uitvoert (ADR 0041); geen persoon"),
            Map.entry("lijstPartnerStatuswijzigingen", "de geschiedenis van een organisatie: wanneer, oud en nieuw, en het account van de beheerder die het deed — een beheerdershandeling, geen gegevens over een betrokkene"),
            Map.entry("leesNaleving24Uur", "alleen aantallen en een percentage over de verzoeken, niemand genoemd"),
            // issue 17 item 4 (ADR 0033): a team is a unit of the organisation; its members are lijstTeamleden
            Map.entry("richtTeamIn", "een team is een eenheid van de organisatie: naam, regio en werkgebied (gemeenten), geen leden"),
            Map.entry("wijzigTeam", "naam en werkgebied van een team, geen leden"),
            Map.entry("lijstTeams", "teams met hun werkgebied, geen leden"),
            Map.entry("leesTeam", "een team met zijn werkgebied, geen leden"),
            Map.entry("registreerEvenement", "een evenement: soort, niveau, datum en organiserende partner; er is nog niemand aanwezig (ADR 0031)"));

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @BeforeEach
    void klokVast() {
        klok.zetOp(T);
    }

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    private interface Aanroep {
        int doe();
    }

    private final Map<String, Long> nieuweRegels = new LinkedHashMap<>();
    private final Map<String, Integer> status = new LinkedHashMap<>();

    @Test
    void elke_operatie_die_persoonsgegevens_teruggeeft_of_wijzigt_laat_een_regel_in_het_verwerkingslogboek() throws Exception {
        Set<String> operaties = operaties();
        String regio = "Amersfoort";
        Testdata.Adviseur am = Testdata.adviseur(Testdata.partner(regio));
        String partner2 = Testdata.partner(regio);
        Testdata.Adviseur opvolger = Testdata.adviseur(partner2);
        String beheerder = Tokens.beheerder();

        String[] nieuw = new String[1];
        roep("registreerAdviseur", () -> {
            var r = given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                    .body("{\"partner\": \"%s\", \"gebruikersnaam\": \"n-%s@x\", \"naam\": \"Noor Bakker\"}"
                            .formatted(partner2, Testdata.kort()))
                    .post("/api/v1/adviseurs").then().log().ifStatusCodeMatches(greaterThanOrEqualTo(300)).extract();
            nieuw[0] = r.path("id");
            return r.statusCode();
        }, () -> nieuw[0]);
        roep("lijstAdviseurs", () -> given().auth().oauth2(am.token()).queryParam("partner", am.partner())
                .get("/api/v1/adviseurs").statusCode(), am::id);
        roep("leesAdviseur", () -> given().auth().oauth2(am.token()).get("/api/v1/adviseurs/{id}", am.id()).statusCode(), am::id);

        String[] w = new String[1];
        roep("registreerWerkgever", () -> {
            var r = given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                    .body(Testdata.werkgeverJson(Testdata.kvk(), "Bakkerij Jansen", "Amersfoort", "voeding", 60, am.id()))
                    .post("/api/v1/werkgevers").then().log().ifStatusCodeMatches(greaterThanOrEqualTo(300)).extract();
            w[0] = r.path("id");
            return r.statusCode();
        }, () -> w[0]);
        String werkgever = w[0];
        roep("zoekWerkgevers", () -> given().auth().oauth2(am.token()).queryParam("accountmanagerId", am.id())
                .get("/api/v1/werkgevers").statusCode(), () -> werkgever);
        roep("leesWerkgever", () -> given().auth().oauth2(am.token()).get("/api/v1/werkgevers/{id}", werkgever).statusCode(),
                () -> werkgever);
        roep("wijzigWerkgever", () -> given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"naam\": \"Bakkerij Jansen\", \"vestigingsgemeente\": \"Amersfoort\", \"sector\": \"voeding\","
                        + " \"aantalWerknemers\": 61, \"keyAccount\": false, \"smaakmaker\": false}")
                .put("/api/v1/werkgevers/{id}", werkgever).statusCode(), () -> werkgever);
        roep("wijsAccountmanagerToe", () -> given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"accountmanagerId\": \"%s\", \"huidigeAccountmanagerId\": \"%s\", \"reden\": \"overdracht\"}"
                        .formatted(opvolger.id(), am.id()))
                .post("/api/v1/werkgevers/{id}/accountmanager-toewijzingen", werkgever).statusCode(), opvolger::id);
        roep("lijstAccountmanagerToewijzingen", () -> given().auth().oauth2(am.token())
                .get("/api/v1/werkgevers/{id}/accountmanager-toewijzingen", werkgever).statusCode(), () -> werkgever);

        String[] c = new String[1];
        roep("registreerContactmoment", () -> {
            var r = given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                    .body(("{\"soort\": \"telefoon\", \"datum\": \"2036-02-28\", \"adviseurId\": \"%s\","
                            + " \"samenvatting\": \"Gesproken met de bedrijfsleider\", \"vervolgafspraak\": \"Terugbellen\","
                            + " \"vervolgUiterlijk\": \"2036-03-05\"}").formatted(am.id()))
                    .post("/api/v1/werkgevers/{id}/contactmomenten", werkgever).then().log().ifStatusCodeMatches(greaterThanOrEqualTo(300)).extract();
            c[0] = r.path("id");
            return r.statusCode();
        }, () -> werkgever);
        roep("lijstContactmomenten", () -> given().auth().oauth2(am.token())
                .get("/api/v1/werkgevers/{id}/contactmomenten", werkgever).statusCode(), () -> werkgever);
        roep("leesContactmoment", () -> given().auth().oauth2(am.token())
                .get("/api/v1/werkgevers/{id}/contactmomenten/{c}", werkgever, c[0]).statusCode(), () -> werkgever);
        roep("lijstMijnVerlopenVervolgafspraken", () -> given().auth().oauth2(am.token())
                .get("/api/v1/werklijsten/mijn/verlopen-vervolgafspraken").statusCode(), () -> werkgever);
        roep("lijstMijnContactenAnderePartners", () -> given().auth().oauth2(opvolger.token())
                .get("/api/v1/werklijsten/mijn/contacten-andere-partners").statusCode(), am::id);
        roep("markeerContactenAnderePartnersGezien", () -> given().auth().oauth2(opvolger.token()).contentType(ContentType.JSON)
                .body("{\"tot\": \"2036-03-10T09:00:00Z\"}")
                .put("/api/v1/werklijsten/mijn/contacten-andere-partners/gezien").statusCode(), opvolger::id);
        roep("leesBezoeklijst", () -> given().auth().oauth2(opvolger.token()).queryParam("accountmanagerId", opvolger.id())
                .get("/api/v1/werklijsten/bezoeken").statusCode(), () -> werkgever);

        String[] v = new String[1];
        roep("ontvangContactverzoek", () -> {
            var r = given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                    .body("{\"werkgeverId\": \"%s\", \"onderwerp\": \"Wij zoeken een bakker\"}".formatted(werkgever))
                    .post("/api/v1/contactverzoeken").then().log().ifStatusCodeMatches(greaterThanOrEqualTo(300)).extract();
            v[0] = r.path("id");
            return r.statusCode();
        }, () -> werkgever);
        // issue 17 item 9: the website hands in a request of the same employer (its KvK number); logged under the employer
        var gegevens = given().auth().oauth2(beheerder).get("/api/v1/werkgevers/{id}", werkgever).then().statusCode(200).extract();
        String websiteVerzoek = """
                {"bedrijfsnaam": "%s", "kvkNummer": "%s", "contactpersoon": "Sanne de Vries", "email": "sanne@bakker.nl",
                 "sector": "%s", "vestigingsgemeente": "%s", "vraag": "Wij zoeken nog een bakker"}
                """.formatted(gegevens.path("naam"), gegevens.path("kvkNummer"), gegevens.path("sector"), gegevens.path("vestigingsgemeente"));
        roep("ontvangWebsiteContactverzoek", () -> given().auth().oauth2(Tokens.website()).contentType(ContentType.JSON)
                .body(websiteVerzoek).post("/api/v1/website-contactverzoeken").statusCode(), () -> werkgever);
        roep("lijstContactverzoeken", () -> given().auth().oauth2(beheerder).queryParam("toegewezenAan", opvolger.id())
                .get("/api/v1/contactverzoeken").statusCode(), () -> werkgever);
        roep("leesContactverzoek", () -> given().auth().oauth2(opvolger.token()).get("/api/v1/contactverzoeken/{id}", v[0])
                .statusCode(), opvolger::id);
        roep("lijstMijnOpenContactverzoeken", () -> given().auth().oauth2(opvolger.token())
                .get("/api/v1/werklijsten/mijn/open-contactverzoeken").statusCode(), () -> werkgever);
        roep("beantwoordContactverzoek", () -> given().auth().oauth2(opvolger.token())
                .post("/api/v1/contactverzoeken/{id}/beantwoorden", v[0]).statusCode(), () -> werkgever);

        roep("registreerNpsMeting", () -> given().auth().oauth2(opvolger.token()).contentType(ContentType.JSON)
                .body("{\"werkgeverId\": \"%s\", \"meetronde\": \"2036-1\", \"score\": 9, \"toelichting\": \"Snel geholpen\"}"
                        .formatted(werkgever))
                .post("/api/v1/nps-metingen").statusCode(), () -> werkgever);
        roep("leesNpsUitslag", () -> given().auth().oauth2(beheerder).queryParam("meetronde", "2036-1").queryParam("regio", regio)
                .get("/api/v1/nps-metingen/uitslag").statusCode(), opvolger::id);

        // employer events (ADR 0031): the attending employers are filed under their ids, as every employer's people are
        String evenement = given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"naam\": \"Bakkersontbijt\", \"soort\": \"werkgeversbijeenkomst\", \"niveau\": \"regio\", \"datum\": \"2036-03-01\"}")
                .post("/api/v1/evenementen").then().statusCode(201).extract().path("id");
        roep("legAanwezigheidVast", () -> given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"werkgeverIds\": [\"%s\"], \"aantalKandidaten\": 6}".formatted(werkgever))
                .put("/api/v1/evenementen/{id}/aanwezigheid", evenement).statusCode(), () -> werkgever);
        roep("leesEvenement", () -> given().auth().oauth2(am.token()).get("/api/v1/evenementen/{id}", evenement).statusCode(),
                () -> werkgever);
        roep("lijstEvenementen", () -> given().auth().oauth2(am.token()).get("/api/v1/evenementen").statusCode(), () -> werkgever);

        String regioVanContact = "Drechtsteden";
        Testdata.Adviseur contact = Testdata.adviseur(Testdata.partner(regioVanContact));
        roep("stelRegioContactpersoonIn", () -> given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body("{\"adviseurId\": \"%s\", \"telefoon\": \"06-46032486\"}".formatted(contact.id()))
                .put("/api/v1/regio-contactpersonen/{regio}", regioVanContact).statusCode(), contact::id);
        roep("leesRegioContactpersoon", () -> given().auth().oauth2(contact.token())
                .get("/api/v1/regio-contactpersonen/{regio}", regioVanContact).statusCode(), contact::id);

        String[] tafel = new String[1];
        String sector = "bakkerij-" + Testdata.kort();
        roep("richtSectortafelIn", () -> {
            var r = given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                    .body("{\"regio\": \"%s\", \"naam\": \"Tafel %s\", \"sectoren\": [\"%s\"], \"contactAdviseurId\": \"%s\"}"
                            .formatted(regio, sector, sector, am.id()))
                    .post("/api/v1/sectortafels").then().log().ifStatusCodeMatches(greaterThanOrEqualTo(300)).extract();
            tafel[0] = r.path("id");
            return r.statusCode();
        }, am::id);
        roep("wijzigSectortafel", () -> given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body(("{\"regio\": \"%s\", \"naam\": \"Tafel %s\", \"sectoren\": [\"%s\"], \"contactAdviseurId\": \"%s\","
                        + " \"contactTelefoon\": \"+31 33 4677777\"}").formatted(regio, sector, sector, opvolger.id()))
                .put("/api/v1/sectortafels/{id}", tafel[0]).statusCode(), opvolger::id);
        roep("lijstSectortafels", () -> given().auth().oauth2(am.token()).queryParam("regio", regio).queryParam("limiet", 200)
                .get("/api/v1/sectortafels").statusCode(), opvolger::id);

        // issue 17 item 7: a key account's plan names its people in free text: filed under the employer
        String key = given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Distributiecentrum Soest", "Soest", "logistiek", 400, am.id())
                        .replace("\"aantalWerknemers\": 400", "\"aantalWerknemers\": 400, \"keyAccount\": true"))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
        roep("stelAccountplanVast", () -> given().auth().oauth2(am.token()).contentType(ContentType.JSON)
                .body("{\"doelen\": [\"Afspraken met mevrouw De Wit over leerwerkplekken\"], \"acties\": [], \"herzieningsdatum\": \"2036-03-10\"}")
                .put("/api/v1/werkgevers/{id}/accountplan", key).statusCode(), () -> key);
        roep("leesAccountplan", () -> given().auth().oauth2(opvolger.token())
                .get("/api/v1/werkgevers/{id}/accountplan", key).statusCode(), () -> key);
        klok.zetOp(T.plus(java.time.Duration.ofDays(2))); // its review date has passed
        roep("lijstMijnTeHerzienAccountplannen", () -> given().auth().oauth2(am.token())
                .get("/api/v1/werklijsten/mijn/te-herzien-accountplannen").statusCode(), () -> key);
        klok.zetOp(T);

        // issue 17 item 6 (ADR 0032): an obligation is filed under its employer (a sole proprietorship is its owner)
        String sroi = given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body(Testdata.werkgeverJson(Testdata.kvk(), "Hoveniersbedrijf Baarn", "Baarn", "groen", 12, am.id()))
                .post("/api/v1/werkgevers").then().statusCode(201).extract().path("id");
        String sroiBody = "{\"aanbesteding\": \"Groenonderhoud\", \"opdrachtgever\": \"" + am.partner()
                + "\", \"bedrag\": 25000, \"periodeVan\": \"2036-01-01\", \"periodeTot\": \"2036-12-31\"}";
        String[] verplichting = new String[1];
        roep("legSroiVerplichtingVast", () -> {
            var r = given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(sroiBody)
                    .post("/api/v1/werkgevers/{id}/sroi-verplichtingen", sroi).then().extract();
            verplichting[0] = r.path("id");
            return r.statusCode();
        }, () -> sroi);
        roep("lijstSroiVerplichtingen", () -> given().auth().oauth2(opvolger.token())
                .get("/api/v1/werkgevers/{id}/sroi-verplichtingen", sroi).statusCode(), () -> sroi);
        roep("leesSroiVerplichting", () -> given().auth().oauth2(opvolger.token())
                .get("/api/v1/sroi-verplichtingen/{id}", verplichting[0]).statusCode(), () -> sroi);
        roep("wijzigSroiVerplichting", () -> given().auth().oauth2(am.token()).contentType(ContentType.JSON).body(sroiBody)
                .put("/api/v1/sroi-verplichtingen/{id}", verplichting[0]).statusCode(), () -> sroi);

        // issue 17 item 4: an adviser's membership of a team names the adviser
        String team = given().auth().oauth2(beheerder).contentType(ContentType.JSON)
                .body("{\"regio\": \"%s\", \"naam\": \"Team %s\", \"werkgebied\": [\"Baarn\"]}".formatted(regio, Testdata.kort()))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
        roep("deelAdviseurIn", () -> given().auth().oauth2(beheerder)
                .put("/api/v1/teams/{id}/leden/{a}", team, am.id()).statusCode(), am::id);
        roep("lijstTeamleden", () -> given().auth().oauth2(opvolger.token())
                .get("/api/v1/teams/{id}/leden", team).statusCode(), am::id);

        assertThat(status).as("every scenario succeeded").allSatisfy((op, code) -> assertThat(code).as(op).isBetween(200, 299));
        Set<String> metPersoonsgegevens = new TreeSet<>(operaties);
        metPersoonsgegevens.removeAll(ZONDER_PERSOONSGEGEVENS.keySet());
        Set<String> zonderScenario = new TreeSet<>(metPersoonsgegevens);
        zonderScenario.removeAll(nieuweRegels.keySet());
        assertThat(zonderScenario).as("operations on personal data that no scenario calls: add one, or a reason why not").isEmpty();
        assertThat(operaties).as("the operations said to hold no personal data exist").containsAll(ZONDER_PERSOONSGEGEVENS.keySet());
        List<String> zonderRegel = new ArrayList<>();
        nieuweRegels.forEach((op, n) -> {
            if (n < 1) {
                zonderRegel.add(op);
            }
        });
        assertThat(zonderRegel).as("operations on personal data that left no row in the processing log").isEmpty();
        assertThat(metPersoonsgegevens).hasSize(nieuweRegels.size());
        // the closing note of issue 14: operations returning personal data, and how many are logged
        System.out.printf("processing log coverage (account-service): %d operations, %d on personal data, %d leave a row%n",
                operaties.size(), metPersoonsgegevens.size(), nieuweRegels.size() - zonderRegel.size());
    }

    @Test
    void een_werkgever_lezen_logt_de_werkgever_en_zijn_accountmanager_elk_met_hun_eigen_soort() {
        Testdata.Adviseur am = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Eenmanszaak De Vries", "schoonmaak", 3, am.id());
        given().auth().oauth2(am.token()).get("/api/v1/werkgevers/{id}", werkgever).then().statusCode(200);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND handeling = 'gelezen'"
                + " AND betrokkene_type = 'urn:nl:wsp:account-service:werkgever-id' AND activiteit = 'accountmanagement'"
                + " AND status = 'OK' AND wie = '" + am.id() + "'", werkgever)).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND handeling = 'gelezen'"
                + " AND betrokkene_type = 'urn:nl:wsp:account-service:adviseur-id' AND wie = '" + am.id() + "'", am.id()))
                .isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND handeling = 'geregistreerd'"
                + " AND status = 'OK'", werkgever)).as("the registration").isEqualTo(1);
    }

    @Test
    void een_geweigerde_lezing_van_een_adviseur_uit_een_andere_regio_staat_als_fout_in_het_logboek_zonder_wie_het_betrof() {
        Testdata.Adviseur elders = Testdata.adviseur(Testdata.partner("Drechtsteden"));
        String beheerderAmersfoort = Tokens.beheerder("Amersfoort");
        String trace = "7af92f3577b34da6a3ce929d0e0e4731";
        given().auth().oauth2(beheerderAmersfoort).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .get("/api/v1/adviseurs/{id}", elders.id()).then().statusCode(404);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE trace_id = '" + trace + "' AND status = 'ERROR'"
                + " AND betrokkene IS NULL AND activiteit = 'adviseurs' AND rol = 'beheerder'")).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND trace_id = '" + trace + "'",
                elders.id())).as("the refused person is not named").isZero();
    }

    @Test
    void een_mislukte_wijziging_laat_een_foutregel_en_geen_regel_van_wat_niet_gebeurde() {
        Testdata.Adviseur am = Testdata.adviseur();
        Testdata.Adviseur ander = Testdata.adviseur();
        String werkgever = Testdata.werkgever("Slagerij Hendriks", "voeding", 12, am.id());
        String trace = "8af92f3577b34da6a3ce929d0e0e4732";
        given().auth().oauth2(am.token()).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON)
                .body("{\"accountmanagerId\": \"%s\", \"huidigeAccountmanagerId\": \"%s\", \"reden\": \"x\"}"
                        .formatted(ander.id(), ander.id()))
                .post("/api/v1/werkgevers/{id}/accountmanager-toewijzingen", werkgever).then().statusCode(409);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE trace_id = '" + trace + "' AND status = 'ERROR'"
                + " AND handeling = 'toegewezen' AND wie = '" + am.id() + "'")).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE trace_id = '" + trace + "' AND status = 'OK'")).isZero();
    }

    @Test
    void ongeldige_invoer_die_de_operatie_bereikt_staat_als_fout_in_het_logboek_zonder_de_invoer() {
        String trace = "9af92f3577b34da6a3ce929d0e0e4733";
        given().auth().oauth2(Tokens.beheerder()).header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON)
                .body("{\"partner\": \"%s\", \"gebruikersnaam\": \"leeg-%s@x\", \"naam\": \"\"}"
                        .formatted(Testdata.partner(), Testdata.kort()))
                .post("/api/v1/adviseurs").then().statusCode(400);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE trace_id = '" + trace + "' AND status = 'ERROR'"
                + " AND betrokkene IS NULL AND activiteit = 'adviseurs' AND handeling = 'geregistreerd'")).isEqualTo(1);
        assertThat(tel("SELECT count(*) FROM verwerkingslogboek WHERE trace_id = '" + trace + "' AND status = 'OK'")).isZero();
    }

    private void roep(String operatie, Aanroep a, java.util.function.Supplier<String> betrokkene) {
        // the subject may only be known after the call (an id it creates): count its rows before as 0 then
        long voor = betrokkene.get() == null ? 0 : regels(betrokkene.get());
        int code = a.doe();
        status.put(operatie, code);
        assertThat(code).as(operatie + " succeeds (its scenario is wrong otherwise)").isBetween(200, 299);
        nieuweRegels.put(operatie, regels(betrokkene.get()) - voor);
    }

    private long regels(String betrokkene) {
        return tel("SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND status = 'OK'", betrokkene);
    }

    private long tel(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private long tel(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, java.util.UUID.fromString(id)).getSingleResult()).longValue());
    }

    /** Every operationId of the live OpenAPI document. */
    private static Set<String> operaties() throws Exception {
        JsonNode doc = JSON.readTree(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
        Set<String> ids = new TreeSet<>();
        for (Iterator<JsonNode> paden = doc.path("paths").elements(); paden.hasNext(); ) {
            for (JsonNode op : paden.next()) {
                if (op.has("operationId")) {
                    ids.add(op.get("operationId").asText());
                }
            }
        }
        return ids;
    }

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
