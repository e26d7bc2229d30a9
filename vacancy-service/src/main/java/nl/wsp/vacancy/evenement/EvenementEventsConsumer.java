package nl.wsp.vacancy.evenement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps this service's copy of account-service's employer events (id, region, date); a repeated event changes nothing. */
@ApplicationScoped
public class EvenementEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;

    EvenementEventsConsumer(Inbox inbox, EntityManager em, ObjectMapper json) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
    }

    @Incoming("evenementen")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event) || !EvenementGeregistreerdV1.TYPE.equals(event.type())) {
            return;
        }
        EvenementGeregistreerdV1 e = event.data(json, EvenementGeregistreerdV1.class);
        if (e.evenementId() == null || e.regio() == null || e.datum() == null) {
            throw new IllegalArgumentException("evenementen.geregistreerd.v1 without evenementId, regio or datum");
        }
        if (em.find(Evenement.class, e.evenementId()) == null) {
            em.persist(new Evenement(e.evenementId(), e.regio(), e.datum()));
        }
    }
}
