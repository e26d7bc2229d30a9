package nl.wsp.vacancy.sroi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of account-service's social return obligations (id and employer; an obligation never changes
 * employer, so a {@code gewijzigd.v1} only adds one that was missed); a repeated event changes nothing.
 */
@ApplicationScoped
public class SroiVerplichtingEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;

    SroiVerplichtingEventsConsumer(Inbox inbox, EntityManager em, ObjectMapper json) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
    }

    @Incoming("sroi-verplichtingen")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event)
                || !(SroiVerplichtingV1.VASTGELEGD.equals(event.type()) || SroiVerplichtingV1.GEWIJZIGD.equals(event.type()))) {
            return;
        }
        SroiVerplichtingV1 v = event.data(json, SroiVerplichtingV1.class);
        if (v.verplichtingId() == null || v.werkgeverId() == null) {
            throw new IllegalArgumentException(event.type() + " without verplichtingId or werkgeverId");
        }
        if (em.find(SroiVerplichting.class, v.verplichtingId()) == null) {
            em.persist(new SroiVerplichting(v.verplichtingId(), v.werkgeverId()));
        }
    }
}
