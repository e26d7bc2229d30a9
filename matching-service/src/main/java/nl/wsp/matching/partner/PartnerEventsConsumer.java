package nl.wsp.matching.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of the partner organisations, whether each is active and the municipalities it executes for
 * (ADR 0041); a repeated event changes nothing.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    private final Inbox inbox;
    private final PartnerRepository partners;
    private final ObjectMapper json;

    PartnerEventsConsumer(Inbox inbox, PartnerRepository partners, ObjectMapper json) {
        this.inbox = inbox;
        this.partners = partners;
        this.json = json;
    }

    @Incoming("partners")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (PartnerActiefGewijzigdV1.GEDEACTIVEERD.equals(event.type()) || PartnerActiefGewijzigdV1.GEACTIVEERD.equals(event.type())) {
            // a partner's events share its key, so they arrive in order: the last one says whether it is active
            partners.findByIdOptional(event.data(json, PartnerActiefGewijzigdV1.class).partnerId())
                    .ifPresent(p -> p.zetActief(PartnerActiefGewijzigdV1.GEACTIVEERD.equals(event.type())));
        } else if (PartnerUitvoeringGewijzigdV1.TYPE.equals(event.type())) {
            // the whole list, in the partner's key order: the last one holds
            PartnerUitvoeringGewijzigdV1 e = event.data(json, PartnerUitvoeringGewijzigdV1.class);
            partners.findByIdOptional(e.partnerId()).ifPresent(p -> p.zetUitvoerendVoor(e.uitvoerendVoor()));
        } else if (PartnerGeregistreerdV1.TYPE.equals(event.type())) {
            partners.persist(new Partner(event.data(json, PartnerGeregistreerdV1.class)));
        }
    }
}
