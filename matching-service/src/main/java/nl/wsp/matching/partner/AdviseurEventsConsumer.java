package nl.wsp.matching.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of the advisers (topic {@code wsp.account.adviseurs}), which {@code toegang.Beller} asks
 * whether a token's {@code sub} is an adviser of its partner; a repeated event changes nothing (the inbox).
 */
@ApplicationScoped
public class AdviseurEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;

    AdviseurEventsConsumer(Inbox inbox, EntityManager em, ObjectMapper json) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
    }

    @Incoming("adviseurs")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event) || !AdviseurGeregistreerdV1.TYPE.equals(event.type())) {
            return;
        }
        AdviseurGeregistreerdV1 e = event.data(json, AdviseurGeregistreerdV1.class);
        Adviseur adviseur = em.find(Adviseur.class, e.adviseurId());
        if (adviseur == null) {
            em.persist(new Adviseur(e.adviseurId(), e.partner()));
        } else {
            adviseur.werktVoor(e.partner());
        }
    }
}
