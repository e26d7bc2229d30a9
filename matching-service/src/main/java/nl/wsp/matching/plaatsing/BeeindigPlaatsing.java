package nl.wsp.matching.plaatsing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A placement ends early: the candidate lost the job (rule 10). Publishes {@code nl.werkgeversdienstverlening.plaatsingen.beeindigd.v1} so
 * durability can be reported; the check-ins after the end lapse.
 */
@ApplicationScoped
public class BeeindigPlaatsing {

    private final EntityManager em;
    private final Outbox outbox;
    private final Verwerkingslogboek audit;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;
    private final Event<PlaatsingEvents.PlaatsingBeeindigdV1> beeindigd;

    BeeindigPlaatsing(EntityManager em, Outbox outbox, Verwerkingslogboek audit, Clock clock,
                      EventPseudoniemen pseudoniemen, Event<PlaatsingEvents.PlaatsingBeeindigdV1> beeindigd) {
        this.em = em;
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
        Plaatsing p = em.find(Plaatsing.class, plaatsingId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || (partner != null && !p.isBetrokken(partner))) {
            throw ApiProblem.notFound("Plaatsing " + plaatsingId);
        }
        if (p.status == Plaatsing.Status.BEEINDIGD) {
            throw ApiProblem.conflict("plaatsing-beeindigd", "Deze plaatsing is al beëindigd op " + p.einddatum,
                    Map.of("einddatum", p.einddatum.toString()));
        }
        if (einddatum.isBefore(p.startdatum)) {
            throw ApiProblem.invalid("einddatum", "ligt voor de startdatum (" + p.startdatum + ")");
        }
        Instant nu = clock.instant();
        PlaatsingEvents.PlaatsingBeeindigdV1 event = p.beeindig(einddatum, reden, toelichting, wie, nu);
        audit.registreer(p.kandidaatId, "plaatsing-beeindigd");
        outbox.append(PlaatsingEvents.TOPIC, PlaatsingEvents.BEEINDIGD, p.id.toString(),
                event.onderPseudoniem(pseudoniemen.van(p.kandidaatId)));
        beeindigd.fire(event);
        return p;
    }
}
