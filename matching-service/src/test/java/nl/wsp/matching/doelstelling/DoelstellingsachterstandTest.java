package nl.wsp.matching.doelstelling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.wsp.testsupport.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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

    private void status(String partner, int jaar, double achterstand) {
        em.createNativeQuery("INSERT INTO doelstelling_status (partner, jaar, regio, achterstand) VALUES (?1, ?2, 'Amersfoort', ?3)")
                .setParameter(1, partner).setParameter(2, jaar).setParameter(3, achterstand).executeUpdate();
    }
}
