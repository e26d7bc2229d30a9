package nl.wsp.testsupport;

import java.util.UUID;

/**
 * account-service's adviser registration as its outbox relay publishes it on {@link #TOPIC} (docs/events.md), for a test
 * that makes an adviser known to a service: over the real broker ({@link TestKafka#send}) or handed to the frame's
 * {@code nl.wsp.platform.bekenden.Adviseurs#verwerk} as the service's consumer does.
 */
public final class AdviseurEvents {

    public static final String TOPIC = "wsp.account.adviseurs";

    private AdviseurEvents() {
    }

    /** A fresh event (its own id) registering adviser {@code adviseurId} with {@code partner}. */
    public static String geregistreerd(UUID adviseurId, String partner) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000000000000000000:systeem:account-service",
                 "type":"nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1","time":"2026-12-02T10:00:00Z","subject":"%s",
                 "datacontenttype":"application/json",
                 "data":{"adviseurId":"%s","partner":"%s","naam":"Adviseur","regio":"Amersfoort"}}
                """.formatted(UUID.randomUUID(), adviseurId, adviseurId, partner);
    }
}
