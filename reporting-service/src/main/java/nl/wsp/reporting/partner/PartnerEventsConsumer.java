package nl.wsp.reporting.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the partners per region, and whether each is active, from account-service's partner events; a repeated event
 * changes nothing. Whether a partner is active decides only whether its callers are let in ({@link Beller}); the count
 * of partners per region is of registered partners. The municipalities a partner executes for (ADR 0041) decide for
 * whom its placements count as well ({@link PartnerRegioRepository#telenOokVoor}).
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    private final Inbox inbox;
    private final PartnerRegioRepository partners;
    private final Partnertellers tellers;
    private final ObjectMapper json;

    PartnerEventsConsumer(Inbox inbox, PartnerRegioRepository partners, Partnertellers tellers, ObjectMapper json) {
        this.inbox = inbox;
        this.partners = partners;
        this.tellers = tellers;
        this.json = json;
    }

    @Incoming("partners")
    @Blocking(ordered = true)
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
            registreer(event.data(json, PartnerGeregistreerdV1.class));
        }
    }

    private void registreer(PartnerGeregistreerdV1 e) {
        partners.persist(new PartnerRegio(e));
        tellers.telPartner(e.regio());
    }
}
