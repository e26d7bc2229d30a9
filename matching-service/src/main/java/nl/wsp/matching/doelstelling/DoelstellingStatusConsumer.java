package nl.wsp.matching.doelstelling;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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

    DoelstellingStatusConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("doelstelling-status")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.eersteVan(message, DoelstellingStatusGewijzigdV1.TYPE, DoelstellingStatusGewijzigdV1.class).ifPresent(this::bewaar);
    }

    private void bewaar(Inbox.Ontvangen<DoelstellingStatusGewijzigdV1> ontvangen) {
        DoelstellingStatusGewijzigdV1 s = ontvangen.data();
        if (s.partner() == null || s.jaar() == null || s.achterstand() == null) {
            throw new IllegalArgumentException("event " + ontvangen.event().id() + " lacks partner, jaar or achterstand");
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
