package nl.wsp.matching.traject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.Kandidaat;
import nl.wsp.matching.kandidaat.KandidaatInzage;
import nl.wsp.matching.partner.PartnerRepository;
import nl.wsp.matching.toegang.Beller;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Starting, completing and reading a candidate's trajectories (ADR 0048), for the candidate's own partner only: its
 * advisers and client system. Every step is in the processing log of the candidate.
 */
@ApplicationScoped
public class Trajecten {

    private final TrajectRepository trajecten;
    private final KandidaatInzage inzage;
    private final PartnerRepository partners;
    private final Beller beller;
    private final Verwerkingslogboek audit;
    private final Clock clock;

    Trajecten(TrajectRepository trajecten, KandidaatInzage inzage, PartnerRepository partners, Beller beller,
              Verwerkingslogboek audit, Clock clock) {
        this.trajecten = trajecten;
        this.inzage = inzage;
        this.partners = partners;
        this.beller = beller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Traject start(UUID kandidaatId, Traject.Soort soort, LocalDate startdatum, LocalDate geplandeEinddatum) {
        Kandidaat k = inzage.eigen(kandidaatId);
        Traject t = Traject.start(k.id(), k.partner(), partners.regioVan(k.partner()).orElse(null), soort, startdatum,
                geplandeEinddatum, beller.wie(), clock.instant());
        trajecten.persist(t);
        audit.registreer(k.id(), "traject-gestart");
        return t;
    }

    @Transactional
    public Traject rondAf(UUID id, LocalDate einddatum, Traject.Uitkomst uitkomst) {
        Traject t = trajecten.vergrendeld(id).filter(this::isVanDeBeller).orElseThrow(Trajecten::nietGevonden);
        t.rondAf(einddatum, uitkomst, beller.wie(), clock.instant());
        audit.registreer(t.kandidaatId(), "traject-afgerond");
        return t;
    }

    @Transactional
    public Traject lees(UUID id) {
        Traject t = trajecten.findByIdOptional(id).filter(this::isVanDeBeller).orElseThrow(Trajecten::nietGevonden);
        audit.registreer(t.kandidaatId(), "traject-gelezen");
        return t;
    }

    /** The trajectories of the caller's own candidate; another partner's candidate is a 404. */
    @Transactional
    public List<Traject> vanKandidaat(UUID kandidaatId) {
        Kandidaat k = inzage.eigen(kandidaatId);
        audit.registreer(k.id(), "traject-gelezen");
        return trajecten.vanKandidaat(k.id(), k.partner());
    }

    private boolean isVanDeBeller(Traject t) {
        return t.partner().equals(beller.eigenPartner());
    }

    private static ApiProblem nietGevonden() {
        return ApiProblem.notFound("Traject");
    }
}
