package nl.wsp.matching.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.matching.instrument.api.AfschriftregelWeergave;
import nl.wsp.matching.instrument.api.BundelingMiddelenWeergave;
import nl.wsp.matching.instrument.api.InstrumentVerzoek;
import nl.wsp.matching.instrument.api.InzetWeergave;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.matching.voordracht.Voordracht;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Use cases of instruments: keep a partner's catalogue, ask to deploy one for a candidate, and let the paying
 * partner approve or reject it before its deadline (rule 8). Every step lands in the deployment's history and
 * leaves an event through the outbox, in the same transaction. The rules are the entities' ({@link Instrument},
 * {@link InstrumentInzet}, {@link Regiofonds}); what is checked here is who may do it and whether it exists.
 */
@ApplicationScoped
public class Instrumenten {

    /** How many expired requests one run of the deadline job handles in one transaction. */
    static final int PARTIJ = 500;

    private final InstrumentRepository catalogus;
    private final InstrumentInzetRepository inzetten;
    private final InzetStapRepository stappen;
    private final RegiofondsRepository fondsen;
    private final FondsmutatieRepository mutaties;
    private final MenukaartregelRepository menukaarten;
    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;
    private final Duration beslistermijn;
    private final Verwerkingslogboek logboek;

    Instrumenten(InstrumentRepository catalogus, InstrumentInzetRepository inzetten, InzetStapRepository stappen,
                 RegiofondsRepository fondsen, FondsmutatieRepository mutaties, MenukaartregelRepository menukaarten, EntityManager em, Outbox outbox, Clock clock,
                 EventPseudoniemen pseudoniemen,
                 @ConfigProperty(name = "wsp.instrumenten.beslistermijn", defaultValue = "P5D") Duration beslistermijn,
                 Verwerkingslogboek logboek) {
        this.catalogus = catalogus;
        this.inzetten = inzetten;
        this.stappen = stappen;
        this.fondsen = fondsen;
        this.mutaties = mutaties;
        this.menukaarten = menukaarten;
        this.em = em;
        this.logboek = logboek;
        this.outbox = outbox;
        this.clock = clock;
        this.pseudoniemen = pseudoniemen;
        this.beslistermijn = beslistermijn;
    }

    public record Aanvraag(UUID instrumentId, UUID kandidaatId, LocalDate startdatum, Integer duurMaanden,
                           BigDecimal bedrag, Integer loonwaardePercentage, Afwijking afwijking) {
    }

    /** The MT's exception to the regional menu (seed 004: "het managementteam gemandateerd om af te wijken"): who, when, why. */
    public record Afwijking(String goedgekeurdDoor, LocalDate goedgekeurdOp, String reden) {
    }

    /** The candidate as far as paying goes: who owns them (and pays), in which region they live, their target groups. */
    private record Betaler(String partner, String regio, List<String> doelgroepen) {
    }

    @Transactional
    public Instrument neemOpInCatalogus(InstrumentVerzoek verzoek) {
        if (!isBekendePartner(verzoek.partner())) {
            throw ApiProblem.invalid("partner", "onbekende partner; gebruik de code van een partner uit GET /api/v1/partners van account-service");
        }
        Instrument instrument = new Instrument(verzoek.partner(), verzoek.soort(), verzoek.naam(), verzoek.voorwaarden(),
                verzoek.geldigVan(), verzoek.geldigTot(), verzoek.maxMaanden(), verzoek.maxBedrag());
        catalogus.persist(instrument);
        return instrument;
    }

    /**
     * Asks to deploy an instrument. The candidate must be one the caller may ask for: a candidate of the caller's own
     * partner, or one the caller's partner is involved with through a proposal that was not rejected (as proposing
     * partner or as the vacancy's account manager's partner). Any other candidate does not exist for the caller (404),
     * checked before anything that would tell who owns the candidate.
     */
    @Transactional
    public InstrumentInzet vraagAan(Aanvraag aanvraag, String aanvrager, String aanvragerPartner) {
        Betaler betaler = betalerVan(aanvraag.kandidaatId(), aanvragerPartner);
        Instrument instrument = catalogus.findById(aanvraag.instrumentId());
        if (instrument == null) {
            throw ApiProblem.invalid("instrumentId", "onbekend instrument");
        }
        String fondsRegio = betaler.regio() != null && fondsen.findById(betaler.regio()) != null ? betaler.regio() : null;
        Menukaart menukaart = betaler.regio() == null ? Menukaart.geen()
                : new Menukaart(betaler.regio(), menukaarten.vanRegio(betaler.regio()));
        InstrumentInzet inzet = instrument.vraagInzetAan(aanvraag, betaler.partner(), betaler.doelgroepen(), menukaart,
                betaler.regio(), fondsRegio, aanvrager, aanvragerPartner, clock.instant(), beslistermijn);
        inzetten.persist(inzet);
        stappen.persist(inzet.aanvraagstap());
        logboek.registreer(inzet.kandidaatId(), inzet.buitenMenukaart() ? "instrument-aangevraagd-buiten-menukaart" : "instrument-aangevraagd");
        meld(InstrumentEvents.AANGEVRAAGD, inzet, inzet.aangevraagdOp());
        return inzet;
    }

    /**
     * Approve (or reject) as the paying partner, where the candidate's region does not pool. A request the caller may
     * not see does not exist for them (404); the requesting partner sees it but may not decide (403); nor may the
     * candidate's partner decide a deployment the region's fund pays (403: {@link #besluitAlsFonds}).
     */
    @Transactional
    public InstrumentInzet besluit(UUID inzetId, boolean goedkeuren, String reden, String wie, String partnerVanWie) {
        InstrumentInzet inzet = inzetten.vergrendel(inzetId);
        if (inzet == null || !inzet.isZichtbaarVoor(partnerVanWie)) {
            throw ApiProblem.notFound("Instrumentinzet " + inzetId);
        }
        if (!inzet.betalendePartner().equals(partnerVanWie)) {
            throw ApiProblem.forbidden("alleen " + inzet.betalendePartner() + ", die voor deze kandidaat betaalt, beslist hierover");
        }
        if (inzet.betaaltUitFonds()) {
            throw ApiProblem.forbidden("het regiofonds " + inzet.fondsRegio() + " betaalt deze inzet; de beheerder van het fonds "
                    + "beslist hierover (POST /api/v1/regiofondsen/{regio}/instrument-inzetten/{id}/goedkeuring)");
        }
        return beslis(inzet, goedkeuren, reden, wie);
    }

    /**
     * Approve (or reject) as the fund's manager (ADR 0036, seed 004: "één gemeente beheert het fonds … een MT WSP-lid
     * wordt gemandateerd voor tekenbevoegdheid rondom uitgaven"): only a deployment this region's fund pays; any other
     * does not exist for the fund (404). Who may (a beheerder of that region) is the resource's check. Approval debits
     * the fund, never below zero (409 fonds-ontoereikend, nothing changed).
     */
    @Transactional
    public InstrumentInzet besluitAlsFonds(String regio, UUID inzetId, boolean goedkeuren, String reden, String wie) {
        InstrumentInzet inzet = inzetten.vergrendel(inzetId);
        if (inzet == null || !inzet.betaaltUitFonds() || !inzet.fondsRegio().equals(regio)) {
            throw ApiProblem.notFound("Instrumentinzet " + inzetId);
        }
        return beslis(inzet, goedkeuren, reden, wie);
    }

    private InstrumentInzet beslis(InstrumentInzet inzet, boolean goedkeuren, String reden, String wie) {
        Instant nu = clock.instant();
        stappen.persist(goedkeuren ? inzet.keurGoed(reden, wie, nu) : inzet.wijsAf(reden, wie, nu));
        if (goedkeuren && inzet.betaaltUitFonds()) {
            mutaties.persist(fondsen.vergrendel(inzet.fondsRegio()).schrijfAf(inzet, woongemeenteVan(inzet.kandidaatId()), wie, nu));
        }
        logboek.registreer(inzet.kandidaatId(), goedkeuren ? "instrument-goedgekeurd" : "instrument-afgewezen");
        meld(goedkeuren ? InstrumentEvents.GOEDGEKEURD : InstrumentEvents.AFGEWEZEN, inzet, nu);
        return inzet;
    }

    private String woongemeenteVan(UUID kandidaatId) {
        return em.createQuery("select k.woongemeente from KandidaatBetaler k where k.id = :id", String.class)
                .setParameter("id", kandidaatId).getResultStream().findFirst().orElse(null);
    }

    /**
     * Extends an approved deployment once (a trial placement: by at most 1 month), as the paying partner; the rules are
     * {@link InstrumentInzet#verleng}. Seen but not paid by the caller: 403; not seen: 404. History, processing log and
     * event in the same transaction.
     */
    @Transactional
    public InstrumentInzet verleng(UUID inzetId, int maanden, String reden, String wie, String partnerVanWie) {
        InstrumentInzet inzet = inzetten.vergrendel(inzetId);
        if (inzet == null || !inzet.isZichtbaarVoor(partnerVanWie)) {
            throw ApiProblem.notFound("Instrumentinzet " + inzetId);
        }
        if (!inzet.betalendePartner().equals(partnerVanWie)) {
            throw ApiProblem.forbidden("alleen " + inzet.betalendePartner() + ", die voor deze kandidaat betaalt, verlengt deze inzet");
        }
        Instant nu = clock.instant();
        stappen.persist(inzet.verleng(maanden, reden, wie, LocalDate.ofInstant(nu, TimeSource.ZONE), nu));
        logboek.registreer(inzet.kandidaatId(), "instrument-verlengd");
        meld(InstrumentEvents.VERLENGD, inzet, nu);
        return inzet;
    }

    /**
     * Sets one line of a region's menu (issue 18, seed 004 "gezamenlijke menukaart"): whether it offers the kind and
     * within which limits. Who may (a beheerder of that region) is the resource's check; the limits are the line's.
     */
    @Transactional
    public Menukaartregel stelMenukaartregelVast(String regio, Instrumentsoort soort, boolean aangeboden, Integer maxMaanden,
                                                 BigDecimal maxBedrag, String wie) {
        if (!isBekendeRegio(regio)) {
            throw ApiProblem.invalid("regio", "onbekende arbeidsmarktregio");
        }
        Menukaartregel regel = menukaarten.vergrendel(regio, soort);
        regel.stelVast(aangeboden, maxMaanden, maxBedrag, wie, clock.instant());
        return regel;
    }

    /** Requests whose decision deadline passed without a decision; safe on several replicas (SKIP LOCKED). */
    @Transactional
    public int laatVerlopen() {
        Instant nu = clock.instant();
        List<InstrumentInzet> verlopen = inzetten.teVerlopen(nu, PARTIJ);
        for (InstrumentInzet inzet : verlopen) {
            stappen.persist(inzet.verloop(nu));
            meld(InstrumentEvents.VERLOPEN, inzet, nu);
        }
        return verlopen.size();
    }

    /**
     * Sets up the fund of a region in the reference data. Once only: a second request for the same region is 409 and
     * changes nothing (the insert itself refuses it, so two requests at once cannot both win).
     */
    @Transactional
    public Regiofonds richtFondsIn(String regio, BigDecimal bedragPerGeplandePlaatsing) {
        if (!isBekendeRegio(regio)) {
            throw ApiProblem.invalid("regio", "onbekende arbeidsmarktregio");
        }
        if (!fondsen.richtIn(regio, bedragPerGeplandePlaatsing)) {
            throw ApiProblem.conflict("fonds-bestaat", "Regio " + regio + " heeft al een fonds", null);
        }
        return fondsen.findById(regio);
    }

    /**
     * A municipality's deposit into its region's fund ("inleg", seed 004): its planned placements at the fund's amount
     * per placement (Midden-Brabant: €1,250 each), or an amount of its own. The municipality must be one of the region
     * in the reference data (400 naming {@code gemeente}). The balance stays within what the database holds (below
     * € 1,000,000,000,000): a deposit that would pass it is refused, naming the field.
     */
    @Transactional
    public Regiofonds stort(String regio, String gemeente, Integer geplandePlaatsingen, BigDecimal bedrag, String periode, String wie) {
        Regiofonds fonds = fondsen.vergrendel(regio);
        if (fonds == null) {
            throw ApiProblem.notFound("Regiofonds " + regio);
        }
        if (!isGemeenteVan(gemeente, regio)) {
            throw ApiProblem.invalid("gemeente", "geen gemeente van arbeidsmarktregio " + regio);
        }
        mutaties.persist(fonds.stort(gemeente, geplandePlaatsingen, bedrag, periode, wie, clock.instant()));
        return fonds;
    }

    /** The deposits of a region's fund in booking order, optionally of one municipality (400 on {@code gemeente} if not of the region). */
    public List<Fondsmutatie> stortingen(String regio, String gemeente) {
        if (gemeente != null && !isGemeenteVan(gemeente, regio)) {
            throw ApiProblem.invalid("gemeente", "geen gemeente van arbeidsmarktregio " + regio);
        }
        return mutaties.stortingenVan(regio, gemeente);
    }

    /** The statement of a region's fund: its lines booked from {@code van} to {@code tot} (inclusive), each with the balance after it. */
    public List<AfschriftregelWeergave> afschrift(String regio, LocalDate van, LocalDate tot) {
        if (van != null && tot != null && tot.isBefore(van)) {
            throw ApiProblem.invalid("tot", "tot ligt voor van");
        }
        return BundelingMiddelen.afschrift(mutaties.vanRegio(regio), van, tot);
    }

    /** The monthly report Bundeling Middelen of a region's fund for one year: the months that have begun. */
    public BundelingMiddelenWeergave maandrapportage(String regio, int jaar) {
        return BundelingMiddelen.maandrapportage(regio, jaar, mutaties.vanRegio(regio), clock.instant());
    }

    /** The deployments a region's fund pays, oldest first. */
    public List<InstrumentInzet> fondsinzetten(String regio, InstrumentInzet.Status status) {
        return inzetten.vanFonds(regio, status);
    }

    private boolean isGemeenteVan(String gemeente, String regio) {
        return !em.createQuery("select g.naam from Gemeenteregio g where g.naam = :naam and g.regio = :regio", String.class)
                .setParameter("naam", gemeente).setParameter("regio", regio).setMaxResults(1).getResultList().isEmpty();
    }

    private void meld(String type, InstrumentInzet inzet, Instant op) {
        outbox.append(InstrumentEvents.TOPIC, type, inzet.id().toString(),
                InstrumentEvents.InzetGewijzigd.van(inzet, op).onderPseudoniem(pseudoniemen.van(inzet.kandidaatId())));
    }

    private Betaler betalerVan(UUID kandidaatId, String aanvragerPartner) {
        List<Object[]> rijen = em.createQuery("""
                        select k.partner, g.regio, k.status, k.doelgroepen from KandidaatBetaler k left join Gemeenteregio g on g.naam = k.woongemeente
                        where k.id = :kandidaat and (k.partner = :partner or exists (
                            select v.id from Voordracht v where v.kandidaatId = k.id and v.status <> :afgewezen
                              and (v.partner = :partner or v.vacaturePartner = :partner)))""", Object[].class)
                .setParameter("kandidaat", kandidaatId)
                .setParameter("partner", aanvragerPartner)
                .setParameter("afgewezen", Voordracht.Status.AFGEWEZEN)
                .getResultList();
        if (rijen.isEmpty()) {
            throw new ApiProblem(404, "niet-gevonden", "Niet gevonden", "Kandidaat " + kandidaatId + " bestaat niet",
                    List.of(new Problem.InvalidParam("kandidaatId", "onbekende kandidaat")), null);
        }
        Object[] rij = rijen.get(0);
        if (!"beschikbaar".equals(rij[2])) {
            throw ApiProblem.invalid("kandidaatId", "niet beschikbare kandidaat");
        }
        String[] doelgroepen = (String[]) rij[3];
        return new Betaler((String) rij[0], (String) rij[1], doelgroepen == null ? List.of() : List.of(doelgroepen));
    }

    /** Whether a partner with this code is known here (from account-service's partner events). */
    public boolean isBekendePartner(String code) {
        return em.createQuery("select count(p) from Partner p where p.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    /** Whether a labour-market region with this name is in the reference data (the municipalities per region). */
    public boolean isBekendeRegio(String regio) {
        return !em.createQuery("select g.naam from Gemeenteregio g where g.regio = :regio", String.class)
                .setParameter("regio", regio).setMaxResults(1).getResultList().isEmpty();
    }

    /** A deployment with its history (who, when, what, why), as its resource and the candidate's inzage show it. */
    public InzetWeergave weergave(InstrumentInzet inzet) {
        return InzetWeergave.van(inzet, stappen.historie(inzet.id()).stream()
                .map(s -> new InzetWeergave.Stap(s.op(), s.door(), s.actie(), s.reden())).toList());
    }

    /** Every deployment for this candidate, oldest first, with its history. */
    public List<InzetWeergave> vanKandidaat(UUID kandidaatId) {
        return inzetten.vanKandidaat(kandidaatId).stream().map(this::weergave).toList();
    }
}
