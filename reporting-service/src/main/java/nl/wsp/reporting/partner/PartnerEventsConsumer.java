package nl.wsp.reporting.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the partners per region, and whether each is active, from account-service's partner events; a repeated event
 * changes nothing. Whether a partner is active decides only whether its callers are let in ({@link Beller}); the count
 * of partners per region is of registered partners.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;

    PartnerEventsConsumer(Inbox inbox, EntityManager em, ObjectMapper json) {
        this.inbox = inbox;
        this.em = em;
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
            PartnerRegio partner = em.find(PartnerRegio.class, event.data(json, PartnerActiefGewijzigdV1.class).partnerId());
            if (partner != null) {
                partner.actief = PartnerActiefGewijzigdV1.GEACTIVEERD.equals(event.type());
            }
        } else if (PartnerGeregistreerdV1.TYPE.equals(event.type())) {
            registreer(event.data(json, PartnerGeregistreerdV1.class));
        }
    }

    private void registreer(PartnerGeregistreerdV1 e) {
        PartnerRegio partner = new PartnerRegio();
        partner.partnerId = e.partnerId();
        partner.code = e.code();
        partner.naam = e.naam();
        partner.soort = e.soort();
        partner.regio = e.regio();
        partner.actief = true;
        em.persist(partner);
        em.createNativeQuery("""
                        INSERT INTO regio_partners (regio, aantal_partners) VALUES (?1, 1)
                        ON CONFLICT (regio) DO UPDATE SET aantal_partners = regio_partners.aantal_partners + 1""")
                .setParameter(1, e.regio())
                .executeUpdate();
    }
}
