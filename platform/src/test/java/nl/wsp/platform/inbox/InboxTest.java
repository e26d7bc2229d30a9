package nl.wsp.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Test
    void een_event_id_telt_alleen_de_eerste_keer() {
        InboundEvent event = new InboundEvent(UUID.randomUUID().toString(), "/test", "nl.werkgeversdienstverlening.proeven.gedaan.v1", "s", null, null);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(event))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(event))).isFalse();
    }

    @Test
    void wie_de_transactie_terugdraait_laat_het_event_opnieuw_toe() {
        InboundEvent event = new InboundEvent(UUID.randomUUID().toString(), "/test", "nl.werkgeversdienstverlening.proeven.gedaan.v1", "s", null, null);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                assertThat(inbox.firstDelivery(event)).isTrue();
                throw new IllegalStateException("the effect failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back, inbox row included
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(event))).isTrue();
    }
}
