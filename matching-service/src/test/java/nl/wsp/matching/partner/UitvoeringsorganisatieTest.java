package nl.wsp.matching.partner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.kandidaat.Kandidaten;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 17 item 8 (ADR 0041): a candidate pushed by an executing organisation lives in one of the municipalities it
 * executes for — Baanbrekers is "uitvoeringsorganisatie namens Heusden, Loon op Zand en Waalwijk" (source 004). One who
 * lives elsewhere is refused, naming {@code woongemeente}; a partner that acts for itself only pushes candidates from
 * anywhere (domain rule 6).
 */
@QuarkusTest
class UitvoeringsorganisatieTest {

    @Inject
    EntityManager em;

    /** Baanbrekers registered and made the executing organisation of the Langstraat, through account's events. */
    private String uitvoeringsorganisatie(String soort, String naam, List<String> gemeenten) {
        UUID id = UUID.randomUUID();
        String code = "baanbrekers-" + id.toString().substring(0, 8);
        TestKafka.send("wsp.account.partners", id.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.partners.geregistreerd.v1","time":"2026-12-04T10:00:00Z","subject":"%s",
                 "datacontenttype":"application/json","data":{"partnerId":"%s","code":"%s","naam":"%s","soort":"%s",
                 "regio":"Midden-Brabant","geregistreerdOp":"2026-12-04T10:00:00Z"}}
                """.formatted(UUID.randomUUID(), id, id, code, naam, soort));
        String lijst = gemeenten.isEmpty() ? "" : "\"" + String.join("\",\"", gemeenten) + "\"";
        TestKafka.send("wsp.account.partners", id.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.partners.uitvoering-gewijzigd.v1","time":"2026-12-04T10:01:00Z","subject":"%s",
                 "datacontenttype":"application/json","data":{"partnerId":"%s","code":"%s","regio":"Midden-Brabant",
                 "uitvoerendVoor":[%s],"gewijzigdOp":"2026-12-04T10:01:00Z"}}
                """.formatted(UUID.randomUUID(), id, id, code, lijst));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                em.find(Partner.class, id) != null && em.find(Partner.class, id).woongemeentenVanKandidaten().size() >= gemeenten.size()));
        return code;
    }

    private static Map<String, Object> wonendIn(String gemeente) {
        Map<String, Object> k = Kandidaten.volledig(Kandidaten.referentie());
        k.put("woongemeente", gemeente);
        return k;
    }

    private static io.restassured.response.ValidatableResponse push(String partner, List<?> kandidaten) {
        return given().auth().oauth2(Tokens.partnersysteem(partner)).contentType("application/json")
                .body(Map.of("kandidaten", kandidaten)).when().post("/api/v1/kandidaten").then();
    }

    @Test
    void een_kandidaat_van_een_uitvoeringsorganisatie_woont_in_een_gemeente_waarvoor_zij_uitvoert() {
        String baanbrekers = uitvoeringsorganisatie("sw-bedrijf", "Baanbrekers", List.of("Heusden", "Loon op Zand", "Waalwijk"));
        push(baanbrekers, List.of(wonendIn("Waalwijk"), wonendIn("Tilburg"), wonendIn("loon op zand")))
                .statusCode(200)
                .body("aangemaakt", equalTo(2)).body("afgewezen", equalTo(1))
                .body("resultaten[0].resultaat", equalTo("aangemaakt"))
                .body("resultaten[1].resultaat", equalTo("afgewezen"))
                .body("resultaten[1].probleem.status", equalTo(400))
                .body("resultaten[1].probleem.invalidParams[0].name", equalTo("kandidaten[1].woongemeente"))
                .body("resultaten[2].resultaat", equalTo("aangemaakt"));
        long opgeslagen = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM kandidaat WHERE partner = ?1 AND woongemeente = 'Tilburg'").setParameter(1, baanbrekers)
                .getSingleResult()).longValue());
        assertThat(opgeslagen).isZero();
    }

    @Test
    void een_gemeente_die_ook_voor_andere_gemeenten_uitvoert_registreert_ook_haar_eigen_inwoners() {
        String gilzeEnRijen = uitvoeringsorganisatie("gemeente", "Gemeente Gilze en Rijen", List.of("Alphen-Chaam", "Baarle-Nassau"));
        push(gilzeEnRijen, List.of(wonendIn("Gilze en Rijen"), wonendIn("Baarle-Nassau"), wonendIn("Dongen")))
                .statusCode(200)
                .body("aangemaakt", equalTo(2)).body("afgewezen", equalTo(1))
                .body("resultaten[2].probleem.invalidParams[0].name", equalTo("kandidaten[2].woongemeente"));
    }

    @Test
    void een_partner_die_alleen_voor_zichzelf_handelt_registreert_kandidaten_waar_ze_ook_wonen() {
        String partner = uitvoeringsorganisatie("sw-bedrijf", "Diamantgroep", List.of());
        push(partner, List.of(wonendIn("Amersfoort"), wonendIn("Tilburg"))).statusCode(200).body("aangemaakt", equalTo(2));
    }
}
