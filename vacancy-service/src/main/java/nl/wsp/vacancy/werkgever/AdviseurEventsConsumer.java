package nl.wsp.vacancy.werkgever;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps this service's copy of the advisers (topic wsp.account.adviseurs); a repeated event changes nothing. */
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
        boolean nieuw = adviseur == null;
        if (nieuw) {
            adviseur = new Adviseur();
            adviseur.id = e.adviseurId();
        }
        adviseur.partner = e.partner();
        adviseur.naam = e.naam();
        adviseur.regio = e.regio();
        if (nieuw) {
            em.persist(adviseur);
        }
    }
}
