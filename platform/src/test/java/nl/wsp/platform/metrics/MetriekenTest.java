package nl.wsp.platform.metrics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.outbox.OutboxRelay;
import nl.wsp.testsupport.Metrieken;
import nl.wsp.testsupport.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame's meters as Prometheus reads them at /q/metrics (deploy/observability/README.md): the outbox lag grows
 * while the relay cannot publish and falls back once it has; a timer counts as overdue once the clock passed its due
 * time by more than the grace, and no longer once it fired; each name is one series.
 */
@QuarkusTest
class MetriekenTest {

    private static final String TOPIC = "wsp.platform-test.proeven";

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    TestKlok clock;
    @Inject
    ProefTermijn termijn;

    @AfterEach
    void herstel() {
        relay.start();
        clock.loopWeer();
        termijn.alleAfgegaan();
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void de_outbox_achterstand_groeit_zolang_de_relay_stilstaat_en_is_weg_als_hij_gepubliceerd_heeft() {
        relay.stop();
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.zetOp(t);
        double voor = Metrieken.waarde(metrics(), "wsp_outbox_pending");
        for (int i = 0; i < 3; i++) {
            QuarkusTransaction.requiringNew().run(() -> outbox.append(TOPIC, "nl.werkgeversdienstverlening.proeven.gedaan.v1", UUID.randomUUID().toString(), Map.of("n", 1)));
        }
        clock.zetOp(t.plusSeconds(90));

        String tijdensStilstand = metrics();
        assertThat(Metrieken.waarde(tijdensStilstand, "wsp_outbox_pending")).isEqualTo(voor + 3);
        assertThat(Metrieken.waarde(tijdensStilstand, "wsp_outbox_oldest_pending_age_seconds")).isGreaterThanOrEqualTo(90);

        relay.start();
        while (relay.publishBatch() > 0) {
            // until every waiting row is published
        }
        String daarna = metrics();
        assertThat(Metrieken.waarde(daarna, "wsp_outbox_pending")).isZero();
        assertThat(Metrieken.waarde(daarna, "wsp_outbox_oldest_pending_age_seconds")).isZero();
    }

    @Test
    void een_termijn_telt_als_over_tijd_zodra_de_klok_er_meer_dan_de_speling_voorbij_is_en_niet_meer_als_hij_afging() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.zetOp(t);
        termijn.zetOp(t.plus(Duration.ofHours(24)));
        assertThat(Metrieken.waarde(metrics(), "wsp_timers_overdue", "timer", "proef")).isZero();

        clock.zetOp(t.plus(Duration.ofHours(24)).plusSeconds(30)); // due, but within one tick (the grace of 1 minute)
        assertThat(Metrieken.waarde(metrics(), "wsp_timers_overdue", "timer", "proef")).isZero();

        clock.zetOp(t.plus(Duration.ofHours(24)).plusSeconds(61));
        assertThat(Metrieken.waarde(metrics(), "wsp_timers_overdue", "timer", "proef")).isEqualTo(1);

        termijn.alleAfgegaan(); // the scheduler fired it
        assertThat(Metrieken.waarde(metrics(), "wsp_timers_overdue", "timer", "proef")).isZero();
    }

    @Test
    void elke_meter_van_het_frame_is_een_reeks_en_geen_tweede_registratie() {
        String tekst = metrics();
        assertThat(Metrieken.monsters(tekst, "wsp_outbox_pending")).hasSize(1);
        assertThat(Metrieken.monsters(tekst, "wsp_outbox_oldest_pending_age_seconds")).hasSize(1);
        assertThat(Metrieken.monsters(tekst, "wsp_timers_overdue")).hasSize(1);
    }
}
