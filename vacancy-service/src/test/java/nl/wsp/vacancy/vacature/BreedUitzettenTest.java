package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKafka;
import nl.wsp.testsupport.TestKlok;
import nl.wsp.vacancy.Testdata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Domain rule 4: a vacancy goes to the own caseload first and is broadcast to every partner after 24 hours — once. */
@QuarkusTest
class BreedUitzettenTest {

    @Inject
    EntityManager em;

    @org.junit.jupiter.api.BeforeEach
    void partnersBekend() {
        nl.wsp.vacancy.Testdata.partners(em);
    }
    @Inject
    TestKlok clock;
    @Inject
    BreedUitzetter uitzetter;
    @Inject
    ObjectMapper json;

    @AfterEach
    void klokLooptWeer() {
        clock.loopWeer();
    }

    private String openOp(Instant t, Testdata.Account account, int posities) {
        clock.zetOp(t);
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("aantalPosities", posities);
        return VacatureResourceTest.open(account, body);
    }

    @Test
    void niet_uitgezet_op_T_plus_23_59_59_en_precies_een_keer_op_T_plus_24_uur_ook_op_kafka() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = openOp(t, Testdata.werkgever(em, "gemeente-amersfoort"), 1);

        clock.zetOp(t.plus(Duration.ofHours(24)).minusSeconds(1));
        uitzetter.zetBreedUit();
        assertThat(status(id)).isEqualTo("open");
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isZero();

        clock.zetOp(t.plus(Duration.ofHours(24)));
        uitzetter.zetBreedUit();
        uitzetter.zetBreedUit();
        assertThat(status(id)).isEqualTo("breed-uitgezet");
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isEqualTo(1);

        List<ConsumerRecord<String, String>> opKafka = TestKafka.readUntil(VacatureEvents.TOPIC,
                r -> id.equals(r.key()) && r.value().contains(VacatureBreedUitgezet.TYPE), Duration.ofSeconds(30));
        assertThat(opKafka).hasSize(1);
        JsonNode event = json.readTree(opKafka.get(0).value());
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("source").asText()).isEqualTo("urn:nld:oin:00000000000000000000:systeem:vacancy-service");
        assertThat(event.path("data").path("reden").asText()).isEqualTo("termijn-verstreken");
        assertThat(event.path("data").path("breedUitgezetOp").asText()).isEqualTo(t.plus(Duration.ofHours(24)).toString());
        assertThat(event.path("data").path("escoBeroep").asText()).isEqualTo(Testdata.MAGAZIJNMEDEWERKER);
        assertThat(event.path("data").path("eigenBestandTot").asText()).isEqualTo(t.plus(Duration.ofHours(24)).toString());
        assertThat(new String(opKafka.get(0).headers().lastHeader("content-type").value())).startsWith("application/cloudevents+json");
    }

    @Test
    void na_stilstand_gaat_wat_over_tijd_is_bij_de_eerste_tik_uit() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = openOp(t, Testdata.werkgever(em, "gemeente-baarn"), 1);
        clock.zetOp(t.plus(Duration.ofDays(3)));
        uitzetter.zetBreedUit();
        assertThat(status(id)).isEqualTo("breed-uitgezet");
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isEqualTo(1);
    }

    @Test
    void een_vacature_die_binnen_de_termijn_vervuld_is_wordt_nooit_uitgezet() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = openOp(t, Testdata.werkgever(em, "gemeente-amersfoort"), 2);
        clock.zetOp(t.plus(Duration.ofHours(3)));
        String eerste = plaatsing(id);
        TestKafka.send("wsp.matching.plaatsingen", id, eerste);
        TestKafka.send("wsp.matching.plaatsingen", id, eerste); // a second copy fills nothing
        await().atMost(Duration.ofSeconds(30)).until(() -> vervuld(id) == 1);
        assertThat(status(id)).isEqualTo("open");
        TestKafka.send("wsp.matching.plaatsingen", id, plaatsing(id));
        await().atMost(Duration.ofSeconds(30)).until(() -> "vervuld".equals(status(id)));

        clock.zetOp(t.plus(Duration.ofHours(25)));
        uitzetter.zetBreedUit();
        assertThat(status(id)).isEqualTo("vervuld");
        assertThat(vervuld(id)).isEqualTo(2);
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isZero();
        assertThat(events(id, VacatureVervuld.TYPE)).isEqualTo(1);
    }

    @Test
    void een_scheduler_die_crasht_tijdens_het_vuren_en_opnieuw_vuurt_zet_precies_een_keer_uit() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = openOp(t, Testdata.werkgever(em, "gemeente-amersfoort"), 1);
        clock.zetOp(t.plus(Duration.ofHours(24)));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            uitzetter.zetBreedUit();
            assertThat(em.find(Vacature.class, UUID.fromString(id)).status()).isEqualTo(VacatureStatus.BREED_UITGEZET);
            throw new IllegalStateException("het proces sterft voor de commit");
        })).hasMessageContaining("sterft");
        assertThat(status(id)).isEqualTo("open");
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isZero();

        uitzetter.zetBreedUit();
        uitzetter.zetBreedUit();
        assertThat(status(id)).isEqualTo("breed-uitgezet");
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isEqualTo(1);
        assertThat(wijzigingen(id, VacatureBreedUitgezet.TYPE)).isEqualTo(1);
    }

    @Test
    void twee_schedulers_op_een_database_zetten_elke_vacature_een_keer_uit() throws Exception {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Testdata.Account account = Testdata.werkgever(em, "uwv-amersfoort");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(openOp(t, account, 1));
        }
        clock.zetOp(t.plus(Duration.ofHours(24)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> schedulers = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                schedulers.add(pool.submit(() -> {
                    start.await();
                    int totaal = 0;
                    int n;
                    while ((n = uitzetter.zetBreedUit()) > 0) {
                        totaal += n;
                    }
                    return totaal;
                }));
            }
            start.countDown();
            for (Future<Integer> scheduler : schedulers) {
                scheduler.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String id : ids) {
            assertThat(status(id)).isEqualTo("breed-uitgezet");
            assertThat(events(id, VacatureBreedUitgezet.TYPE)).as("broadcasts of %s", id).isEqualTo(1);
            assertThat(overgangen(id, "breed-uitgezet")).isEqualTo(1);
        }
    }

    @Test
    void een_vacature_voorbij_de_sluitingsdatum_verloopt_en_wordt_niet_meer_uitgezet() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.zetOp(t);
        Testdata.Account account = Testdata.werkgever(em, "gemeente-bunschoten");
        Map<String, Object> body = Testdata.vacature(account.werkgeverId());
        body.put("startdatum", null);
        body.put("sluitingsdatum", t.atZone(nl.wsp.platform.time.TimeSource.ZONE).toLocalDate().toString());
        String id = VacatureResourceTest.open(account, body);

        clock.zetOp(t.plus(Duration.ofHours(12)));
        uitzetter.laatVerlopen();
        clock.zetOp(t.plus(Duration.ofHours(24)));
        uitzetter.laatVerlopen();
        uitzetter.zetBreedUit();
        assertThat(status(id)).isEqualTo("verlopen");
        assertThat(events(id, VacatureVerlopen.TYPE)).isEqualTo(1);
        assertThat(events(id, VacatureBreedUitgezet.TYPE)).isZero();
    }

    private static String plaatsing(String vacatureId) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:matching-service","type":"nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1",
                 "time":"2026-11-22T10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"plaatsingId":"%s","vacatureId":"%s","kandidaatId":"%s","partner":"gemeente-amersfoort",
                         "gemeente":"Leusden","regio":"Amersfoort","doelgroepen":["bijstand"],"startdatum":"2027-01-04",
                         "contractvorm":"tijdelijk","urenPerWeek":32,"instrumenten":[]}}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), vacatureId, UUID.randomUUID());
    }

    String status(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("SELECT status FROM vacature WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
    }

    int vervuld(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT aantal_vervuld FROM vacature WHERE id = ?1").setParameter(1, UUID.fromString(id)).getSingleResult()).intValue());
    }

    long events(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1 AND type = ?2 AND topic = 'wsp.vacancy.vacatures'")
                .setParameter(1, id).setParameter(2, type).getSingleResult()).longValue());
    }

    long wijzigingen(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM vacature_wijziging WHERE vacature_id = ?1 AND type = ?2")
                .setParameter(1, UUID.fromString(id)).setParameter(2, type).getSingleResult()).longValue());
    }

    long overgangen(String id, String naar) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM vacature_overgang WHERE vacature_id = ?1 AND naar = ?2")
                .setParameter(1, UUID.fromString(id)).setParameter(2, naar).getSingleResult()).longValue());
    }
}
