package nl.wsp.matching.doelstelling;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;


/**
 * Keeps how far each partner lags behind its placement target (rule 7, the solidarity tie-break), from
 * {@code wsp.reporting.doelstelling-status}; matching reads it through {@link Doelstellingsachterstand}.
 */
@ApplicationScoped
public class DoelstellingStatusConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;

    DoelstellingStatusConsumer(Inbox inbox, EntityManager em, ObjectMapper json) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
    }

    @Incoming("doelstelling-status")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event) || !DoelstellingStatusGewijzigdV1.TYPE.equals(event.type())) {
            return;
        }
        DoelstellingStatusGewijzigdV1 s = event.data(json, DoelstellingStatusGewijzigdV1.class);
        if (s.partner() == null || s.jaar() == null || s.achterstand() == null) {
            throw new IllegalArgumentException("event " + event.id() + " lacks partner, jaar or achterstand");
        }
        em.createNativeQuery("""
                        INSERT INTO doelstelling_status (partner, jaar, regio, achterstand) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (partner, jaar) DO UPDATE SET regio = EXCLUDED.regio, achterstand = EXCLUDED.achterstand""")
                .setParameter(1, s.partner())
                .setParameter(2, s.jaar())
                .setParameter(3, s.regio())
                .setParameter(4, s.achterstand())
                .executeUpdate();
    }
}
