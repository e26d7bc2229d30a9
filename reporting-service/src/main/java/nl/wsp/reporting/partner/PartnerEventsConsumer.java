package nl.wsp.reporting.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Keeps the partners per region from account-service's partner events; a repeated event changes nothing. */
@ApplicationScoped
public class PartnerEventsConsumer {

    private static final Logger LOG = Logger.getLogger(PartnerEventsConsumer.class);

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
            LOG.debugf("event %s already processed", event.id());
            return;
        }
        if (PartnerGeregistreerdV1.TYPE.equals(event.type())) {
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
        em.persist(partner);
        em.createNativeQuery("""
                        INSERT INTO regio_partners (regio, aantal_partners) VALUES (?1, 1)
                        ON CONFLICT (regio) DO UPDATE SET aantal_partners = regio_partners.aantal_partners + 1""")
                .setParameter(1, e.regio())
                .executeUpdate();
    }
}
