package nl.wsp.matching.vacature;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of the vacancies it matches against, through {@link Vacatureopslag}; a repeated event changes
 * nothing.
 */
@ApplicationScoped
public class VacatureEventsConsumer {

    private final Inbox inbox;
    private final Vacatureopslag opslag;
    private final ObjectMapper json;

    VacatureEventsConsumer(Inbox inbox, Vacatureopslag opslag, ObjectMapper json) {
        this.inbox = inbox;
        this.opslag = opslag;
        this.json = json;
    }

    @Incoming("vacatures")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        VacatureV1 v = event.data(json, VacatureV1.class);
        if (v.vacatureId() == null) {
            throw new IllegalArgumentException("event " + event.id() + " has no vacatureId");
        }
        switch (event.type()) {
            case VacatureV1.GEOPEND, VacatureV1.GEWIJZIGD -> opslag.bewaar(v, false);
            case VacatureV1.BREED_UITGEZET -> opslag.bewaar(v, true);
            case VacatureV1.VERVULD -> opslag.sluit(v.vacatureId(), "vervuld");
            case VacatureV1.INGETROKKEN -> opslag.sluit(v.vacatureId(), "ingetrokken");
            case VacatureV1.VERLOPEN -> opslag.sluit(v.vacatureId(), "verlopen");
            default -> {
                // a type this service does not read
            }
        }
    }
}
