package nl.wsp.reporting.partner;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.bekenden.Adviseurs;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * This service's channel of account-service's adviser events (topic {@code wsp.account.adviseurs}) into the frame's
 * advisers read model (id and partner; no name), which {@link Beller} asks whether an adviser token's {@code sub} is an
 * adviser of its partner; a repeated event changes nothing (the inbox). No report counts advisers.
 */
@ApplicationScoped
public class AdviseurEventsConsumer {

    private final Adviseurs adviseurs;

    AdviseurEventsConsumer(Adviseurs adviseurs) {
        this.adviseurs = adviseurs;
    }

    @Incoming("adviseurs")
    @Blocking
    @Transactional
    public void on(String message) {
        adviseurs.verwerk(message);
    }
}
