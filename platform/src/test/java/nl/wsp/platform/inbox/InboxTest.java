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
    void eerste_van_leest_alleen_de_eerste_levering_van_het_gevraagde_type() {
        String id = UUID.randomUUID().toString();
        String bericht = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\","
                + "\"type\":\"nl.werkgeversdienstverlening.proeven.gedaan.v1\",\"subject\":\"s\","
                + "\"time\":\"2026-12-01T10:00:00Z\",\"data\":{\"naam\":\"eerste\"}}";
        var eerste = QuarkusTransaction.requiringNew().call(() -> inbox.eersteVan(bericht, "nl.werkgeversdienstverlening.proeven.gedaan.v1", Proef.class));
        assertThat(eerste).map(o -> o.data().naam()).contains("eerste");
        assertThat(eerste).map(o -> o.event().id()).contains(id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.eersteVan(bericht, "nl.werkgeversdienstverlening.proeven.gedaan.v1", Proef.class)))
                .as("a second delivery of the same event").isEmpty();

        String ander = bericht.replace(id, UUID.randomUUID().toString()).replace("proeven.gedaan", "proeven.vergeten");
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.eersteVan(ander, "nl.werkgeversdienstverlening.proeven.gedaan.v1", Proef.class)))
                .as("another type").isEmpty();
    }

    record Proef(String naam) {
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
