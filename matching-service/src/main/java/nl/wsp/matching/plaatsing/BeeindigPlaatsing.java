package nl.wsp.matching.plaatsing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement ends early: the candidate lost the job (rule 10). Publishes {@code nl.werkgeversdienstverlening.plaatsingen.beeindigd.v1} so
 * durability can be reported; the check-ins after the end lapse.
 */
@ApplicationScoped
public class BeeindigPlaatsing {

    private final PlaatsingRepository plaatsingen;
    private final Outbox outbox;
    private final Verwerkingslogboek audit;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;
    private final Event<PlaatsingEvents.PlaatsingBeeindigdV1> beeindigd;

    BeeindigPlaatsing(PlaatsingRepository plaatsingen, Outbox outbox, Verwerkingslogboek audit, Clock clock,
                      EventPseudoniemen pseudoniemen, Event<PlaatsingEvents.PlaatsingBeeindigdV1> beeindigd) {
        this.plaatsingen = plaatsingen;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.pseudoniemen = pseudoniemen;
        this.beeindigd = beeindigd;
    }

    /** @param partner the caller's partner; null for an administrator */
    @Transactional
    public Plaatsing beeindig(UUID plaatsingId, LocalDate einddatum, Beeindigingsreden reden, String toelichting,
                              String partner, String wie) {
        Plaatsing p = plaatsingen.vergrendeld(plaatsingId).filter(g -> partner == null || g.isBetrokken(partner))
                .orElseThrow(() -> ApiProblem.notFound("Plaatsing " + plaatsingId));
        PlaatsingEvents.PlaatsingBeeindigdV1 event = p.beeindig(einddatum, reden, toelichting, wie, clock.instant());
        audit.registreer(p.kandidaatId(), "plaatsing-beeindigd");
        outbox.append(PlaatsingEvents.TOPIC, PlaatsingEvents.BEEINDIGD, p.id().toString(),
                event.onderPseudoniem(pseudoniemen.van(p.kandidaatId())));
        beeindigd.fire(event);
        return p;
    }
}
