package nl.wsp.vacancy.vacature;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;

/**
 * Fills a position per placement (topic wsp.matching.plaatsingen). The last position closes the vacancy as vervuld,
 * which also cancels a pending broadcast: the scheduler only fires open vacancies. A placement counts once, even if it
 * arrives twice under different event ids: the vacancy's row lock orders the placements of one vacancy, so the look-up
 * of the placement before its insert cannot race.
 */
@ApplicationScoped
public class PlaatsingEventsConsumer {

    private final Inbox inbox;
    private final EntityManager em;
    private final VacatureRepository vacatures;
    private final VacatureEvents events;
    private final Clock clock;

    PlaatsingEventsConsumer(Inbox inbox, EntityManager em, VacatureRepository vacatures, VacatureEvents events, Clock clock) {
        this.inbox = inbox;
        this.em = em;
        this.vacatures = vacatures;
        this.events = events;
        this.clock = clock;
    }

    @Incoming("plaatsingen")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.eersteVan(message, PlaatsingGerealiseerdV1.TYPE, PlaatsingGerealiseerdV1.class).ifPresent(o -> vul(o.data()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void vul(PlaatsingGerealiseerdV1 plaatsing) {
        if (plaatsing.vacatureId() == null || plaatsing.plaatsingId() == null) {
            return;
        }
        Vacature vacature = vacatures.vergrendeld(plaatsing.vacatureId()).orElse(null);
        if (vacature == null) {
            return; // not one of ours (or not yet): nothing to fill
        }
        var nu = clock.instant();
        if (em.find(VacaturePlaatsing.class, plaatsing.plaatsingId()) == null) {
            em.persist(new VacaturePlaatsing(plaatsing.plaatsingId(), vacature.id(), nu));
            vacature.vulPositie(nu, "plaatsing " + plaatsing.plaatsingId()).ifPresent(g -> events.publiceer(vacature, g));
        }
    }
}
