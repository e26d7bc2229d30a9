package nl.wsp.matching.nazorg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.matching.plaatsing.Plaatsing;
import nl.wsp.matching.plaatsing.PlaatsingRepository;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Records the outcome and note of a check-in, and reads a placement's check-ins; both are audited. */
@ApplicationScoped
public class RegistreerNazorg {

    private final PlaatsingRepository plaatsingen;
    private final NazorgmomentRepository momenten;
    private final Verwerkingslogboek audit;
    private final Clock clock;

    RegistreerNazorg(PlaatsingRepository plaatsingen, NazorgmomentRepository momenten, Verwerkingslogboek audit, Clock clock) {
        this.plaatsingen = plaatsingen;
        this.momenten = momenten;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param partner the caller's partner; null for an administrator */
    @Transactional
    public Nazorgmoment registreer(UUID plaatsingId, int maanden, Nazorguitkomst uitkomst, String notitie, String partner,
                                   String wie) {
        Plaatsing p = plaatsing(plaatsingId, partner);
        Nazorgmoment m = momenten.vergrendeld(p.id(), maanden)
                .orElseThrow(() -> ApiProblem.invalid("maanden", "geen nazorgmoment na " + maanden + " maanden; gepland zijn "
                        + Nazorgmoment.SCHEMA));
        m.registreer(uitkomst, notitie, wie, clock.instant());
        audit.registreer(p.kandidaatId(), "nazorg-geregistreerd");
        return m;
    }

    @Transactional
    public List<Nazorgmoment> vanPlaatsing(UUID plaatsingId, String partner) {
        Plaatsing p = plaatsing(plaatsingId, partner);
        audit.registreer(p.kandidaatId(), "nazorg-gelezen");
        return momenten.vanPlaatsing(p.id());
    }

    private Plaatsing plaatsing(UUID id, String partner) {
        return plaatsingen.findByIdOptional(id).filter(p -> partner == null || p.isBetrokken(partner))
                .orElseThrow(() -> ApiProblem.notFound("Plaatsing " + id));
    }
}
