package nl.wsp.reporting.partner;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the partners per region from account-service's partner events; a repeated event changes nothing. */
@ApplicationScoped
public class PartnerEventsConsumer {

    private final Inbox inbox;
    private final PartnerRegioRepository partners;
    private final Partnertellers tellers;

    PartnerEventsConsumer(Inbox inbox, PartnerRegioRepository partners, Partnertellers tellers) {
        this.inbox = inbox;
        this.partners = partners;
        this.tellers = tellers;
    }

    @Incoming("partners")
    @Blocking(ordered = true)
    @Transactional
    public void on(String message) {
        inbox.eersteVan(message, PartnerGeregistreerdV1.TYPE, PartnerGeregistreerdV1.class).ifPresent(this::registreer);
    }

    private void registreer(Inbox.Ontvangen<PartnerGeregistreerdV1> ontvangen) {
        PartnerGeregistreerdV1 e = ontvangen.data();
        partners.persist(new PartnerRegio(e));
        tellers.telPartner(e.regio());
    }
}
