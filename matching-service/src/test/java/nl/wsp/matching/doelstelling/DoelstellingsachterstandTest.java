package nl.wsp.matching.doelstelling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.wsp.matching.matchen.regels.Prioriteitsregels.Doelstand;
import nl.wsp.testsupport.TestKafka;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class DoelstellingsachterstandTest {

    @Inject
    Doelstellingsachterstand achterstand;
    @Inject
    EntityManager em;
    @Inject
    TestKlok klok;

    @AfterEach
    void klokLoopt() {
        klok.loopWeer();
    }

    @Test
    void om_half_twaalf_utc_op_oudejaarsavond_telt_al_het_nieuwe_jaar_van_amsterdam() {
        String partner = "gemeente-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            status(partner, 2026, 1.0);
            status(partner, 2027, 5.0);
        });

        klok.zetOp(Instant.parse("2026-12-31T23:30:00Z"));
        assertThat(achterstand.achterstandDitJaar()).containsEntry(partner, 5.0);

        klok.zetOp(Instant.parse("2026-12-31T22:30:00Z"));
        assertThat(achterstand.achterstandDitJaar()).containsEntry(partner, 1.0);
    }

    @Test
    void de_voortgang_van_een_gemeentegroep_komt_van_reporting_en_geldt_in_haar_jaar_tot_zij_vervalt() {
        UUID doel = UUID.randomUUID();
        String gemeente = "Nijkerk-" + doel.toString().substring(0, 8); // a name no other test's target holds
        klok.zetOp(Instant.parse("2019-07-02T10:00:00Z"));
        TestKafka.send("wsp.reporting.doelstelling-status", doel.toString(), voortgang(doel, gemeente, false));
        Doelstand verwacht = new Doelstand(Set.of(), Set.of(gemeente), "bijstand", 2019, 2019, 17, 3);

        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(achterstand.solidariteit().doelstanden()).contains(verwacht));
        assertThat(achterstand.solidariteit().vandaag()).isEqualTo(LocalDate.of(2019, 7, 2));
        klok.zetOp(Instant.parse("2020-07-02T10:00:00Z"));
        assertThat(achterstand.solidariteit().doelstanden()).doesNotContain(verwacht); // another year

        klok.zetOp(Instant.parse("2019-07-02T10:00:00Z"));
        TestKafka.send("wsp.reporting.doelstelling-status", doel.toString(), voortgang(doel, gemeente, true));
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(achterstand.solidariteit().doelstanden())
                .noneMatch(d -> d.gemeenten().contains(gemeente)));
    }

    private static String voortgang(UUID doel, String gemeente, boolean vervallen) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:reporting-service","type":"nl.werkgeversdienstverlening.doelstellingen.voortgang-gewijzigd.v1",
                 "time":"2019-07-02T10:00:00Z","subject":"%s","datacontenttype":"application/json",
                 "data":{"doelstellingId":"%s","regio":"Amersfoort","jaar":2019,"doelgroep":"bijstand","partners":[],"gemeenten":["%s"],
                         "doel":%d,"gerealiseerd":%d,"vervallen":%s}}
                """.formatted(UUID.randomUUID(), doel, doel, gemeente, vervallen ? 0 : 17, vervallen ? 0 : 3, vervallen);
    }

    private void status(String partner, int jaar, double achterstand) {
        em.createNativeQuery("INSERT INTO doelstelling_status (partner, jaar, regio, achterstand) VALUES (?1, ?2, 'Amersfoort', ?3)")
                .setParameter(1, partner).setParameter(2, jaar).setParameter(3, achterstand).executeUpdate();
    }
}
