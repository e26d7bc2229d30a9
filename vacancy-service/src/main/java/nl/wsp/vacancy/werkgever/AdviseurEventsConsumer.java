package nl.wsp.vacancy.werkgever;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps this service's copy of the advisers (topic wsp.account.adviseurs); a repeated event changes nothing. */
@ApplicationScoped
public class AdviseurEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;

    AdviseurEventsConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("adviseurs")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.eersteVan(message, AdviseurGeregistreerdV1.TYPE, AdviseurGeregistreerdV1.class).ifPresent(o -> registreer(o.data()));
    }

    private void registreer(AdviseurGeregistreerdV1 e) {
        Adviseur adviseur = em.find(Adviseur.class, e.adviseurId());
        boolean nieuw = adviseur == null;
        if (nieuw) {
            adviseur = new Adviseur();
            adviseur.id = e.adviseurId();
        }
        adviseur.partner = e.partner();
        adviseur.naam = e.naam();
        adviseur.regio = e.regio();
        if (nieuw) {
            em.persist(adviseur);
        }
    }
}
