package nl.wsp.matching.partner;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps this service's copy of the partner organisations; a repeated event changes nothing. */
@ApplicationScoped
public class PartnerEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;

    PartnerEventsConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("partners")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.eersteVan(message, PartnerGeregistreerdV1.TYPE, PartnerGeregistreerdV1.class).ifPresent(o -> registreer(o.data()));
    }

    private void registreer(PartnerGeregistreerdV1 e) {
        Partner partner = new Partner();
        partner.id = e.partnerId();
        partner.code = e.code();
        partner.naam = e.naam();
        partner.soort = e.soort();
        partner.regio = e.regio();
        em.persist(partner);
    }
}
