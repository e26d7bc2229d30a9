package nl.wsp.vacancy.beller;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.platform.regels.Autorisatiematrix;
import nl.wsp.platform.regels.Autorisatiematrix.Verzoek;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the live OpenAPI document as every persona, against real vacancies and subscriptions, held to
 * {@code src/test/resources/autorisatiematrix.csv} (the frame's {@link Autorisatiematrix}): a new endpoint without a
 * row there fails this test.
 */
@QuarkusTest
class AutorisatiematrixTest {

    static final String P1 = "gemeente-amersfoort";

    @Inject
    EntityManager em;

    @Test
    void elke_operatie_antwoordt_elke_persona_zoals_de_tabel_zegt() throws Exception {
        Testdata.partners(em);
        Testdata.Account eigenaar = Testdata.werkgever(em, P1);
        String teLezen = vacature(eigenaar);
        String breedUitTeZetten = vacature(eigenaar);
        String inTeTrekken = vacature(eigenaar);
        String abonnement = abonnement();
        String teBeeindigen = abonnement();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Testdata.vacature(eigenaar.werkgeverId()));

        Autorisatiematrix.Resultaat resultaat = Autorisatiematrix.volgens("autorisatiematrix.csv")
                .persona("geenToken", null)
                .persona("onbekendePartner", Tokens.adviseur("bestaat-niet-" + kort(), UUID.randomUUID().toString()))
                .persona("dashboard", Tokens.dashboard())
                .persona("andereRegio", Testdata.adviseurToken(em, Testdata.BRABANTSE_PARTNER))
                .persona("beheerderAndereRegio", Tokens.beheerder("Midden-Brabant"))
                .persona("anderePartner", Testdata.adviseurToken(em, "gemeente-baarn"))
                .persona("partnersysteem", Tokens.partnersysteem(P1))
                .persona("eigenaar", eigenaar.token())
                .persona("beheerder", Tokens.beheerder())
                .persona("beperktePartner", Testdata.adviseurTokenVanSoort(em, "re-integratiebedrijf"))
                .persona("website", Tokens.website())
                .verzoek("openVacature", Verzoek.leeg().body(() -> json))
                .verzoek("leesVacature", Verzoek.leeg().pad("id", teLezen))
                .verzoek("wijzigVacature", Verzoek.leeg().pad("id", teLezen).body(() -> json))
                .verzoek("zetVacatureBreedUit", Verzoek.leeg().pad("id", breedUitTeZetten))
                .verzoek("trekVacatureIn", Verzoek.leeg().pad("id", inTeTrekken).body(() -> "{\"reden\": \"vervalt\"}"))
                .verzoek("registreerWebhookAbonnement", Verzoek.leeg().body(() -> "{\"url\": \"http://127.0.0.1:9/matrix\"}"))
                .verzoek("registreerWebhookAbonnement", "beheerder", Verzoek.leeg().body(() ->
                        "{\"url\": \"http://127.0.0.1:9/matrix\", \"partner\": \"" + P1 + "\"}"))
                .verzoek("registreerWebhookAbonnement", "beheerderAndereRegio", Verzoek.leeg().body(() ->
                        "{\"url\": \"http://127.0.0.1:9/matrix\", \"partner\": \"" + P1 + "\"}"))
                .verzoek("leesWebhookAbonnement", Verzoek.leeg().pad("id", abonnement))
                .verzoek("lijstAfleveringen", Verzoek.leeg().pad("id", abonnement))
                .verzoek("beeindigWebhookAbonnement", Verzoek.leeg().pad("id", teBeeindigen))
                .verzoek("leesRegioInstellingen", Verzoek.leeg().pad("regio", "Amersfoort"))
                .verzoek("wijzigRegioInstellingen", Verzoek.leeg().pad("regio", "Amersfoort").body(() -> "{\"eigenBestandTermijn\": \"PT24H\"}"))
                .verzoek("lijstRegioInstellingWijzigingen", Verzoek.leeg().pad("regio", "Amersfoort"))
                .verzoek("zoekEscoBeroepOp", Verzoek.leeg().query("uri", Testdata.MAGAZIJNMEDEWERKER))
                .verzoek("zoekEscoVaardigheidOp", Verzoek.leeg().query("uri", Testdata.MAGAZIJNSYSTEMEN))
                .run();

        System.out.println("vacancy-service autorisatiematrix: " + resultaat);
        assertThat(resultaat.fouten()).isEmpty();
        assertThat(resultaat.operaties()).isGreaterThanOrEqualTo(13);
    }

    private static String vacature(Testdata.Account account) {
        return given().auth().oauth2(account.token()).contentType(ContentType.JSON).body(Testdata.vacature(account.werkgeverId()))
                .post("/api/v1/vacatures").then().statusCode(201).extract().path("id");
    }

    private static String abonnement() {
        return given().auth().oauth2(Tokens.partnersysteem(P1)).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/matrix")).post("/api/v1/webhook-abonnementen")
                .then().statusCode(201).extract().path("id");
    }

    private static String kort() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
