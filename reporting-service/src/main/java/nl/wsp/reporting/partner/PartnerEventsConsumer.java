package nl.wsp.reporting.partner;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the partners per region from account-service's partner events; a repeated event changes nothing. */
@ApplicationScoped
public class PartnerEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;

    PartnerEventsConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("partners")
    @Blocking(ordered = true)
    @Transactional
    public void on(String message) {
        inbox.eersteVan(message, PartnerGeregistreerdV1.TYPE, PartnerGeregistreerdV1.class).ifPresent(this::registreer);
    }

    private void registreer(Inbox.Ontvangen<PartnerGeregistreerdV1> ontvangen) {
        PartnerGeregistreerdV1 e = ontvangen.data();
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
