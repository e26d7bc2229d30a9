package nl.wsp.matching.overdracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.Kandidaat;
import nl.wsp.matching.kandidaat.KandidaatInzage;
import nl.wsp.matching.kandidaat.KandidaatRepository;
import nl.wsp.matching.kandidaat.Kandidatenpool;
import nl.wsp.matching.partner.PartnerRepository;
import nl.wsp.matching.toegang.Beller;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The handover of a candidate with both partners' consent (ADR 0046): the owner offers it to another active partner of
 * its region, the receiving partner accepts under its own reference or refuses. On acceptance the candidate, its match
 * projection and its feed move to the receiving partner in one transaction; proposals, placements and deployments made
 * before stay with the partner that made them. Every step is in the processing log, for the candidate.
 */
@ApplicationScoped
public class DraagKandidaatOver {

    private final OverdrachtRepository overdrachten;
    private final KandidaatInzage inzage;
    private final KandidaatRepository kandidaten;
    private final PartnerRepository partners;
    private final Beller beller;
    private final Verwerkingslogboek audit;
    private final Kandidatenpool pool;
    private final Clock clock;

    DraagKandidaatOver(OverdrachtRepository overdrachten, KandidaatInzage inzage, KandidaatRepository kandidaten,
                       PartnerRepository partners, Beller beller, Verwerkingslogboek audit, Kandidatenpool pool, Clock clock) {
        this.overdrachten = overdrachten;
        this.inzage = inzage;
        this.kandidaten = kandidaten;
        this.partners = partners;
        this.beller = beller;
        this.audit = audit;
        this.pool = pool;
        this.clock = clock;
    }

    /** The owner's offer: another active partner of the owner's region (400 on {@code naarPartner}), one open offer at a time. */
    @Transactional
    public Overdracht bied(UUID kandidaatId, String naarPartner, Overdracht.Reden reden) {
        Kandidaat k = inzage.eigen(kandidaatId);
        if (!Kandidaat.BESCHIKBAAR.equals(k.status())) {
            throw new Overdracht.NietMogelijk("kandidaat-niet-beschikbaar", "Alleen een beschikbare kandidaat wordt overgedragen");
        }
        if (!k.isVan(naarPartner) && (!partners.actief(naarPartner) || !beller.werktInRegioVan(naarPartner))) {
            throw ApiProblem.invalid("naarPartner", "geen actieve partner van de regio van deze kandidaat");
        }
        Overdracht o = Overdracht.bied(k.id(), k.partner(), naarPartner, reden, beller.wie(), clock.instant());
        if (overdrachten.heeftOpenAanbod(k.id())) {
            throw new Overdracht.NietMogelijk("overdracht-al-aangeboden", "Deze kandidaat is al aangeboden; wacht op het besluit");
        }
        try {
            overdrachten.persist(o);
            overdrachten.flush(); // two offers at once: the unique index on the open offer refuses the second here
        } catch (jakarta.persistence.PersistenceException e) {
            throw new Overdracht.NietMogelijk("overdracht-al-aangeboden", "Deze kandidaat is al aangeboden; wacht op het besluit");
        }
        audit.registreer(k.id(), "overdracht-aangeboden");
        return o;
    }

    /**
     * The receiving partner consents: the candidate becomes its, under {@code referentie} (the reference its own client
     * system will push it by; 409 if it has another candidate by that reference).
     */
    @Transactional
    public Overdracht aanvaard(UUID id, String referentie) {
        Overdracht o = teBesluiten(id);
        if (!kandidaten.draagOver(o.kandidaatId(), o.vanPartner(), o.naarPartner(), referentie, clock.instant())) {
            throw new Overdracht.NietMogelijk("kandidaat-niet-beschikbaar",
                    "De kandidaat is intussen ingetrokken of gewist en kan niet meer worden overgedragen");
        }
        o.aanvaard(beller.wie(), clock.instant());
        audit.registreer(o.kandidaatId(), "overdracht-aanvaard");
        pool.werkBij(o.vanPartner()); // both partners' pool counts change (docs/adr/0043), in this transaction
        pool.werkBij(o.naarPartner());
        return o;
    }

    @Transactional
    public Overdracht weiger(UUID id, String reden) {
        Overdracht o = teBesluiten(id);
        o.weiger(reden, beller.wie(), clock.instant());
        audit.registreer(o.kandidaatId(), "overdracht-geweigerd");
        return o;
    }

    /** A handover the caller's partner offered or received; another party's is a 404. */
    @Transactional
    public Overdracht lees(UUID id) {
        Overdracht o = overdrachten.findByIdOptional(id).filter(x -> x.betreft(beller.eigenPartner()))
                .orElseThrow(DraagKandidaatOver::nietGevonden);
        audit.registreer(o.kandidaatId(), "overdracht-gelezen");
        return o;
    }

    /** The handovers the caller's partner offered or received, oldest first. */
    @Transactional
    public List<Overdracht> vanDeBeller(Overdracht.Status status) {
        List<Overdracht> lijst = overdrachten.vanOfVoor(beller.eigenPartner(), status);
        if (!lijst.isEmpty()) {
            audit.registreer(lijst.stream().map(Overdracht::kandidaatId).toList(), "overdracht-gelezen");
        }
        return lijst;
    }

    /** Only the receiving partner decides; for the owner the offer exists but is not its to decide (403). */
    private Overdracht teBesluiten(UUID id) {
        String partner = beller.eigenPartner();
        Overdracht o = overdrachten.vergrendeld(id).filter(x -> x.betreft(partner)).orElseThrow(DraagKandidaatOver::nietGevonden);
        if (!o.naarPartner().equals(partner)) {
            throw ApiProblem.forbidden("Alleen de ontvangende partner besluit over een overdracht");
        }
        return o;
    }

    private static ApiProblem nietGevonden() {
        return ApiProblem.notFound("Overdracht");
    }
}
