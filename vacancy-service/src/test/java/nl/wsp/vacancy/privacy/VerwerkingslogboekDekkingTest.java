package nl.wsp.vacancy.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 2, for vacancy-service, as account-service's test of the same name: walks this service's OpenAPI
 * document and requires, for every operation that returns or changes personal data — the account manager and whoever
 * changed a status (advisers), and the employer (a sole proprietorship is a person) — a new row in the processing log
 * for the person the scenario is about. Every operation is taken to touch personal data unless it is in
 * {@link #ZONDER_PERSOONSGEGEVENS} with its reason; an operation in neither that list nor the scenarios fails the test.
 */
@QuarkusTest
class VerwerkingslogboekDekkingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The operations that neither return nor change personal data, and why. */
    static final Map<String, String> ZONDER_PERSOONSGEGEVENS = Map.ofEntries(
            Map.entry("telVacatures", "alleen aantallen per regio en status, niemand genoemd"),
            Map.entry("zoekEscoBeroepOp", "een begrip uit de ESCO-classificatie: uri en labels"),
            Map.entry("zoekEscoVaardigheidOp", "een begrip uit de ESCO-classificatie: uri en labels"),
            Map.entry("registreerWebhookAbonnement", "een abonnement is van een partner (een organisatie): partner, URL, geheim"),
            Map.entry("lijstWebhookAbonnementen", "abonnementen van organisaties"),
            Map.entry("leesWebhookAbonnement", "een abonnement van een organisatie"),
            Map.entry("beeindigWebhookAbonnement", "beëindigt het abonnement van een organisatie"),
            Map.entry("lijstAfleveringen", "per aflevering alleen event-id, vacature-id, status en HTTP-status van het eigen endpoint"),
            Map.entry("leesRegioInstellingen", "de instellingen van een arbeidsmarktregio"),
            Map.entry("wijzigRegioInstellingen", "wijzigt de instellingen van een arbeidsmarktregio — een beheerdershandeling"),
            Map.entry("lijstRegioInstellingWijzigingen", "de geschiedenis van een regio-instelling: wanneer, oud en nieuw, en het account van de beheerder die het deed — een beheerdershandeling, geen gegevens over een betrokkene (als in account-service)"));

    @Inject
    EntityManager em;

    private interface Aanroep {
        int doe();
    }

    private final Map<String, Long> nieuweRegels = new LinkedHashMap<>();

    @Test
    void elke_operatie_die_persoonsgegevens_teruggeeft_of_wijzigt_laat_een_regel_in_het_verwerkingslogboek() throws Exception {
        Set<String> operaties = operaties();
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        UUID werkgever = account.werkgeverId();
        UUID accountmanager = account.accountmanagerId();
        String token = account.token();

        String[] id = new String[1];
        roep("openVacature", () -> {
            var r = given().auth().oauth2(token).contentType(ContentType.JSON).body(Testdata.vacature(werkgever))
                    .post("/api/v1/vacatures").then().extract();
            id[0] = r.path("id");
            return r.statusCode();
        }, () -> accountmanager);
        roep("leesVacature", () -> given().auth().oauth2(token).get("/api/v1/vacatures/{id}", id[0]).statusCode(),
                () -> accountmanager);
        roep("zoekVacatures", () -> given().auth().oauth2(token).queryParam("werkgever", werkgever.toString())
                .get("/api/v1/vacatures").statusCode(), () -> werkgever);
        roep("wijzigVacature", () -> {
            Map<String, Object> body = Testdata.vacature(werkgever);
            body.put("urenPerWeek", 36);
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .put("/api/v1/vacatures/{id}", id[0]).statusCode();
        }, () -> werkgever);
        roep("zetVacatureBreedUit", () -> given().auth().oauth2(token)
                .post("/api/v1/vacatures/{id}/breed-uitzetten", id[0]).statusCode(), () -> accountmanager);
        roep("lijstVacatureWijzigingen", () -> leesFeedTot(token, id[0]), () -> accountmanager);
        roep("trekVacatureIn", () -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"reden\": \"vervuld buiten het WSP\"}")
                .post("/api/v1/vacatures/{id}/intrekken", id[0]).statusCode(), () -> werkgever);

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
        System.out.printf("processing log coverage (vacancy-service): %d operations, %d on personal data, %d leave a row%n",
                operaties.size(), metPersoonsgegevens.size(), nieuweRegels.size() - zonderRegel.size());
    }

    @Test
    void een_vacature_lezen_logt_de_werkgever_en_de_accountmanager_elk_met_hun_eigen_soort_en_wie_las() {
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        String lezer = Testdata.adviseurToken(em, "gemeente-amersfoort");
        String vacature = given().auth().oauth2(account.token()).contentType(ContentType.JSON)
                .body(Testdata.vacature(account.werkgeverId())).post("/api/v1/vacatures").then().statusCode(201)
                .extract().path("id");
        long werkgeverVoor = tel("urn:nl:wsp:vacancy-service:werkgever-id", account.werkgeverId());
        long accountmanagerVoor = tel("urn:nl:wsp:vacancy-service:adviseur-id", account.accountmanagerId());
        given().auth().oauth2(lezer).get("/api/v1/vacatures/{id}", vacature).then().statusCode(200);
        assertThat(tel("urn:nl:wsp:vacancy-service:werkgever-id", account.werkgeverId())).isEqualTo(werkgeverVoor + 1);
        assertThat(tel("urn:nl:wsp:vacancy-service:adviseur-id", account.accountmanagerId())).isEqualTo(accountmanagerVoor + 1);
    }

    @Test
    void een_dashboard_dat_aantallen_telt_laat_geen_regel_want_het_ziet_niemand() {
        long voor = alleRegels();
        given().auth().oauth2(Tokens.dashboard()).get("/api/v1/vacatures/aantallen").then().statusCode(200);
        assertThat(alleRegels()).isEqualTo(voor);
    }

    /** Reads the change feed page by page until a page holds the vacancy's events (other tests wrote before it). */
    private static int leesFeedTot(String token, String vacature) {
        String cursor = null;
        for (int pagina = 0; pagina < 1000; pagina++) {
            var request = given().auth().oauth2(token).queryParam("limiet", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var antwoord = request.get("/api/v1/vacature-wijzigingen").then().extract();
            List<String> onderwerpen = antwoord.path("resultaten.subject");
            if (antwoord.statusCode() != 200 || onderwerpen.contains(vacature) || onderwerpen.isEmpty()) {
                return antwoord.statusCode();
            }
            cursor = antwoord.path("volgendeCursor");
        }
        throw new AssertionError("the feed never reached vacancy " + vacature);
    }

    private void roep(String operatie, Aanroep a, Supplier<UUID> betrokkene) {
        long voor = regels(betrokkene.get());
        int code = a.doe();
        assertThat(code).as(operatie + " succeeds (its scenario is wrong otherwise)").isBetween(200, 299);
        nieuweRegels.put(operatie, regels(betrokkene.get()) - voor);
    }

    private long regels(UUID betrokkene) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND status = 'OK'")
                .setParameter(1, betrokkene).getSingleResult()).longValue());
    }

    private long tel(String soort, UUID betrokkene) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM verwerkingslogboek WHERE betrokkene = ?1 AND betrokkene_type = ?2"
                                + " AND handeling = 'gelezen' AND activiteit = 'vacatures' AND status = 'OK'")
                .setParameter(1, betrokkene).setParameter(2, soort).getSingleResult()).longValue());
    }

    private long alleRegels() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM verwerkingslogboek").getSingleResult()).longValue());
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
}
