package nl.wsp.matching.plaatsing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.matching.voordracht.Bemiddeling;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.matching.voordracht.Bemiddeling.draagVoor;
import static nl.wsp.matching.voordracht.Bemiddeling.uitkomst;
import static org.assertj.core.api.Assertions.assertThat;

/** Erasure of a candidate reaches proposals, placements and after-care in the same transaction: the free text goes. */
@QuarkusTest
class WissingTest {

    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @AfterEach
    void klokLos() {
        klok.loopWeer();
    }

    @Test
    void na_wissing_blijft_geen_vrije_tekst_over_de_kandidaat_achter() {
        klok.zetOp(Instant.parse("2031-05-01T09:00:00Z"));
        Bemiddeling bemiddeling = new Bemiddeling(em);
        String soest = "gemeente-soest";
        UUID vacature = bemiddeling.vacature("gemeente-amersfoort", "Amersfoort", null, true, "open");
        UUID kandidaat = bemiddeling.kandidaat(soest, "Soest", "beschikbaar", "ww");
        String voordracht = draagVoor(soest, vacature, kandidaat).statusCode(201).extract().path("id");
        uitkomst(soest, voordracht, "{\"uitkomst\": \"aangenomen\", \"toelichting\": \"mevrouw start na haar verhuizing\"}")
                .statusCode(200);
        String plaatsing = given().auth().oauth2(Tokens.adviseur(soest)).contentType(ContentType.JSON)
                .body("""
                        {"voordrachtId": "%s", "startdatum": "2031-05-01", "contractvorm": "vast", "onbepaaldeTijd": true,
                         "urenPerWeek": 20}""".formatted(voordracht))
                .when().post("/api/v1/plaatsingen").then().statusCode(201).extract().path("id");
        klok.zetOp(Instant.parse("2031-06-01T09:00:00Z"));
        given().auth().oauth2(Tokens.adviseur(soest)).contentType(ContentType.JSON)
                .body("{\"maanden\": 1, \"uitkomst\": \"aandachtspunt\", \"notitie\": \"rugklachten\"}")
                .when().post("/api/v1/plaatsingen/{id}/nazorg", plaatsing).then().statusCode(200);
        given().auth().oauth2(Tokens.adviseur(soest)).contentType(ContentType.JSON)
                .body("{\"einddatum\": \"2031-06-15\", \"reden\": \"ziekte\", \"toelichting\": \"langdurig ziek gemeld\"}")
                .when().post("/api/v1/plaatsingen/{id}/beeindiging", plaatsing).then().statusCode(200);

        given().auth().oauth2(Tokens.partnersysteem(soest)).when().delete("/api/v1/kandidaten/{id}", kandidaat)
                .then().statusCode(204);

        assertThat(tekst("SELECT count(*) FROM voordracht WHERE kandidaat_id = ?1 AND toelichting IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("SELECT count(*) FROM plaatsing WHERE kandidaat_id = ?1 AND toelichting IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("SELECT count(*) FROM nazorgmoment WHERE kandidaat_id = ?1 AND notitie IS NOT NULL", kandidaat)).isZero();
        assertThat(tekst("SELECT count(*) FROM plaatsing WHERE kandidaat_id = ?1", kandidaat)).isEqualTo(1);
    }

    private long tekst(String sql, UUID kandidaat) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, kandidaat).getSingleResult()).longValue());
    }
}
