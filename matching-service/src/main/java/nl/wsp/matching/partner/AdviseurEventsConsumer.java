package nl.wsp.matching.partner;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.bekenden.Adviseurs;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * This service's channel of account-service's adviser events (topic {@code wsp.account.adviseurs}, application.properties)
 * into the frame's advisers read model, which {@code toegang.Beller} asks whether a token's {@code sub} is an adviser of
 * its partner; a repeated event changes nothing (the inbox).
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
