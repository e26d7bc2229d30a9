package nl.wsp.vacancy.vacature;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.Metrieken;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.vacancy.Testdata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broadcast timer in {@code wsp_timers_overdue{timer="breed-uitzetten"}} (deploy/observability/README.md): a vacancy
 * whose window closed more than one tick ago and that was not broadcast counts; once broadcast it does not.
 */
@QuarkusTest
class BreedUitzettenMetriekTest {

    @Inject
    EntityManager em;
    @Inject
    TestKlok clock;
    @Inject
    BreedUitzetter uitzetter;

    @BeforeEach
    void partnersBekend() {
        Testdata.partners(em);
    }

    @AfterEach
    void klokLooptWeer() {
        clock.loopWeer();
    }

    private static double overTijd() {
        String tekst = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return Metrieken.waarde(tekst, "wsp_timers_overdue", "timer", "breed-uitzetten");
    }

    @Test
    void een_vacature_waarvan_de_termijn_verstreek_en_die_niet_breed_uitgezet_is_telt_als_over_tijd_tot_de_uitzetting() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant laat = t.plus(Duration.ofHours(24)).plusSeconds(61);
        clock.zetOp(laat);
        while (uitzetter.zetBreedUit() > 0) {
            // what earlier tests left due goes out first, as the scheduler would do
        }
        assertThat(overTijd()).isZero();

        clock.zetOp(t);
        Testdata.Account account = Testdata.werkgever(em, "gemeente-amersfoort");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        VacatureResourceTest.open(account, body);
        clock.zetOp(t.plus(Duration.ofHours(24)).plusSeconds(30)); // due, within the grace of one tick
        assertThat(overTijd()).isZero();

        clock.zetOp(laat);
        assertThat(overTijd()).isEqualTo(1);

        uitzetter.zetBreedUit();
        assertThat(overTijd()).isZero();
    }
}
