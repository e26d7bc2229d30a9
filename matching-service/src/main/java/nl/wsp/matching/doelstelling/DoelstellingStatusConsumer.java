package nl.wsp.matching.doelstelling;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;


/**
 * Keeps how far each partner lags behind its placement target (rule 7, the solidarity tie-break of prioriteit-v1), and
 * every placement target's progress (prioriteit-v2, ADR 0027), from {@code wsp.reporting.doelstelling-status}; matching
 * reads them through {@link Doelstellingsachterstand}; {@link Doelstellingstanden} writes them.
 */
@ApplicationScoped
public class DoelstellingStatusConsumer {

    private final Inbox inbox;
    private final Doelstellingstanden standen;
    private final ObjectMapper json;

    DoelstellingStatusConsumer(Inbox inbox, Doelstellingstanden standen, ObjectMapper json) {
        this.inbox = inbox;
        this.standen = standen;
        this.json = json;
    }

    @Incoming("doelstelling-status")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (DoelstellingVoortgangGewijzigdV1.TYPE.equals(event.type())) {
            voortgang(event.id(), event.data(json, DoelstellingVoortgangGewijzigdV1.class));
            return;
        }
        if (!DoelstellingStatusGewijzigdV1.TYPE.equals(event.type())) {
            return;
        }
        DoelstellingStatusGewijzigdV1 s = event.data(json, DoelstellingStatusGewijzigdV1.class);
        if (s.partner() == null || s.jaar() == null || s.achterstand() == null) {
            throw new IllegalArgumentException("event " + event.id() + " lacks partner, jaar or achterstand");
        }
        standen.bewaarAchterstand(s);
    }

    /** The latest progress per target (events are keyed by the target, so they arrive in order); a removed one is forgotten. */
    private void voortgang(String eventId, DoelstellingVoortgangGewijzigdV1 v) {
        if (v.doelstellingId() == null || v.jaar() == null || v.doelgroep() == null || v.doel() == null || v.gerealiseerd() == null) {
            throw new IllegalArgumentException("event " + eventId + " lacks doelstellingId, jaar, doelgroep, doel or gerealiseerd");
        }
        if (Boolean.TRUE.equals(v.vervallen())) {
            standen.vergeetVoortgang(v.doelstellingId());
            return;
        }
        standen.bewaarVoortgang(v);
    }
}
