package nl.wsp.vacancy.vacature;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.referentie.Arbeidsmarktregios;
import nl.wsp.testsupport.Tokens;
import nl.wsp.vacancy.Testdata;
import nl.wsp.vacancy.werkgever.Werkgever;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 16 item 3: a vacancy's region follows its employer's municipality from the reference data, in every one of
 * the 35 regions, and never falls into a default region (wsp.vacatures.standaard-regio is gone).
 */
@QuarkusTest
class VacatureRegioVolgtGemeenteTest {

    @Inject
    EntityManager em;

    @Test
    void in_elk_van_de_35_regios_krijgt_een_vacature_de_regio_van_de_gemeente_van_haar_werkgever() {
        Map<String, List<String>> perRegio = Arbeidsmarktregios.perRegio();
        assertThat(perRegio).hasSize(35);
        perRegio.forEach((regio, gemeenten) -> {
            // an employer whose event named no region: only its municipality (the last of the region's list) decides
            UUID werkgever = werkgeverZonderRegio(gemeenten.get(gemeenten.size() - 1));
            given().auth().oauth2(Tokens.beheerder()).contentType(ContentType.JSON).body(Testdata.vacature(werkgever))
                    .post("/api/v1/vacatures").then().statusCode(201).body("regio", equalTo(regio));
        });
    }

    @Test
    void er_is_geen_standaardregio_meer_in_de_configuratie() throws Exception {
        String properties;
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            properties = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(properties).doesNotContain("standaard-regio");
    }

    private UUID werkgeverZonderRegio(String gemeente) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Werkgever w = new Werkgever(id);
            w.werkBij(String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999)),
                    "Gemeentelijk BV " + id.toString().substring(0, 6), gemeente, null, "zorg", 25);
            w.wijsAccountmanagerToe(UUID.randomUUID(), "gemeente-amersfoort");
            em.persist(w);
        });
        return id;
    }
}
