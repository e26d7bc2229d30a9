package nl.wsp.vacancy.werkgever;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.InboundEvent;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps this service's copy of the employers and their account manager (topic wsp.account.werkgevers).
 * Events of one employer share a Kafka key, so they arrive in order; a repeated event changes nothing.
 */
@ApplicationScoped
public class WerkgeverEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<AccountmanagerGewisseld> gewisseld;

    WerkgeverEventsConsumer(Inbox inbox, EntityManager em, ObjectMapper json, Event<AccountmanagerGewisseld> gewisseld) {
        this.inbox = inbox;
        this.em = em;
        this.json = json;
        this.gewisseld = gewisseld;
    }

    @Incoming("werkgevers")
    @Blocking
    @Transactional
    public void on(String message) {
        InboundEvent event = InboundEvent.parse(json, message);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case WerkgeverGeregistreerdV1.GEREGISTREERD, WerkgeverGeregistreerdV1.GEWIJZIGD -> {
                WerkgeverGeregistreerdV1 e = event.data(json, WerkgeverGeregistreerdV1.class);
                Werkgever werkgever = vindOfMaak(e.werkgeverId());
                werkgever.werkBij(e.kvkNummer(), e.naam(), e.vestigingsgemeente(), e.regio(), e.sector(), e.aantalWerknemers());
            }
            case AccountmanagerToegewezenV1.TYPE -> {
                AccountmanagerToegewezenV1 e = event.data(json, AccountmanagerToegewezenV1.class);
                Werkgever werkgever = vindOfMaak(e.werkgeverId());
                werkgever.wijsAccountmanagerToe(e.accountmanagerId(), e.accountmanagerPartner());
                em.flush();
                gewisseld.fire(new AccountmanagerGewisseld(werkgever, "accountmanager toegewezen: " + (e.reden() == null ? "" : e.reden())));
            }
            default -> {
                // contact moments and other employer events are not ours to keep
            }
        }
    }

    private Werkgever vindOfMaak(java.util.UUID id) {
        if (id == null) {
            throw new IllegalArgumentException("werkgeverId is required");
        }
        Werkgever werkgever = em.find(Werkgever.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (werkgever == null) {
            werkgever = new Werkgever(id);
            em.persist(werkgever);
        }
        return werkgever;
    }
}
