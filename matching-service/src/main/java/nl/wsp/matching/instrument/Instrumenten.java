package nl.wsp.matching.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use cases of instruments: keep a partner's catalogue, ask to deploy one for a candidate, and let the paying
 * partner approve or reject it before its deadline (rule 8). Every step lands in the deployment's history and
 * leaves an event through the outbox, in the same transaction.
 */
@ApplicationScoped
public class Instrumenten {

    /** The largest balance column regiofonds.saldo (numeric(14, 2)) holds. */
    static final BigDecimal MAX_SALDO = new BigDecimal("999999999999.99");

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;
    private final Duration beslistermijn;
    private final Verwerkingslogboek logboek;

    Instrumenten(EntityManager em, Outbox outbox, Clock clock, EventPseudoniemen pseudoniemen,
                 @ConfigProperty(name = "wsp.instrumenten.beslistermijn", defaultValue = "P5D") Duration beslistermijn,
                 Verwerkingslogboek logboek) {
        this.em = em;
        this.logboek = logboek;
        this.outbox = outbox;
        this.clock = clock;
        this.pseudoniemen = pseudoniemen;
        this.beslistermijn = beslistermijn;
    }

    public record Aanvraag(UUID instrumentId, UUID kandidaatId, LocalDate startdatum, Integer duurMaanden,
                           BigDecimal bedrag, Integer loonwaardePercentage) {
    }

    /** The candidate as far as paying goes: who owns them (and pays), and in which region they live. */
    private record Betaler(String partner, String regio) {
    }

    @Transactional
    public Instrument neemOpInCatalogus(Instrument instrument) {
        if (!isBekendePartner(instrument.partner)) {
            throw ApiProblem.invalid("partner", "onbekende partner; gebruik de code van een partner uit GET /api/v1/partners van account-service");
        }
        if (instrument.geldigTot != null && instrument.geldigTot.isBefore(instrument.geldigVan)) {
            throw ApiProblem.invalid("geldigTot", "ligt voor geldigVan");
        }
        instrument.id = UUID.randomUUID();
        em.persist(instrument);
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
        Instrument instrument = em.find(Instrument.class, aanvraag.instrumentId());
        if (instrument == null) {
            throw ApiProblem.invalid("instrumentId", "onbekend instrument");
        }
        if (!instrument.partner.equals(betaler.partner())) {
            throw ApiProblem.invalid("instrumentId", "hoort bij " + instrument.partner + ", maar " + betaler.partner()
                    + " betaalt voor deze kandidaat: kies een instrument uit diens catalogus");
        }
        if (!instrument.geldigOp(aanvraag.startdatum())) {
            throw ApiProblem.invalid("startdatum", "het instrument is dan niet geldig");
        }
        Integer maxMaanden = instrument.effectieveMaxMaanden();
        if (maxMaanden != null && (aanvraag.duurMaanden() == null || aanvraag.duurMaanden() > maxMaanden)) {
            throw ApiProblem.invalid("duurMaanden", "ten hoogste " + maxMaanden + " maanden voor " + instrument.soort.code());
        }
        BigDecimal maxBedrag = instrument.effectiefMaxBedrag();
        if (maxBedrag != null && aanvraag.bedrag() != null && aanvraag.bedrag().compareTo(maxBedrag) > 0) {
            throw ApiProblem.invalid("bedrag", "ten hoogste € " + maxBedrag.toPlainString() + " voor " + instrument.soort.code());
        }
        Integer subsidie = null;
        if (instrument.soort == Instrumentsoort.LOONKOSTENSUBSIDIE) {
            if (aanvraag.loonwaardePercentage() == null) {
                throw ApiProblem.invalid("loonwaardePercentage", "loonkostensubsidie gaat uit van een gemeten loonwaarde");
            }
            subsidie = Instrumentsoort.loonkostensubsidiePercentage(aanvraag.loonwaardePercentage());
        }
        Instant nu = clock.instant();
        InstrumentInzet inzet = new InstrumentInzet();
        inzet.id = UUID.randomUUID();
        inzet.instrumentId = instrument.id;
        inzet.soort = instrument.soort;
        inzet.kandidaatId = aanvraag.kandidaatId();
        inzet.betalendePartner = betaler.partner();
        inzet.regio = betaler.regio();
        inzet.fondsRegio = betaler.regio() != null && em.find(Regiofonds.class, betaler.regio()) != null ? betaler.regio() : null;
        inzet.status = InstrumentInzet.Status.AANGEVRAAGD;
        inzet.startdatum = aanvraag.startdatum();
        inzet.duurMaanden = aanvraag.duurMaanden();
        inzet.bedrag = aanvraag.bedrag();
        inzet.loonwaardePercentage = aanvraag.loonwaardePercentage();
        inzet.subsidiePercentageWml = subsidie;
        inzet.aangevraagdDoor = aanvrager;
        inzet.aanvragerPartner = aanvragerPartner;
        inzet.aangevraagdOp = nu;
        inzet.beslissenVoor = nu.plus(beslistermijn);
        em.persist(inzet);
        historie(inzet, "aangevraagd", aanvrager, null, nu);
        logboek.registreer(inzet.kandidaatId, "instrument-aangevraagd");
        outbox.append(InstrumentEvents.TOPIC, InstrumentEvents.AANGEVRAAGD, inzet.id.toString(), InstrumentEvents.InzetGewijzigd.van(inzet, nu).onderPseudoniem(pseudoniemen.van(inzet.kandidaatId)));
        return inzet;
    }

    /**
     * Approve (or reject) as the paying partner. A pooled fund is debited here, and never below zero. A request the
     * caller may not see does not exist for them (404); the requesting partner sees it but may not decide (403).
     */
    @Transactional
    public InstrumentInzet besluit(UUID inzetId, boolean goedkeuren, String reden, String wie, String partnerVanWie) {
        InstrumentInzet inzet = em.find(InstrumentInzet.class, inzetId, LockModeType.PESSIMISTIC_WRITE);
        if (inzet == null || !inzet.isZichtbaarVoor(partnerVanWie)) {
            throw ApiProblem.notFound("Instrumentinzet " + inzetId);
        }
        if (!inzet.betalendePartner.equals(partnerVanWie)) {
            throw ApiProblem.forbidden("alleen " + inzet.betalendePartner + ", die voor deze kandidaat betaalt, beslist hierover");
        }
        Instant nu = clock.instant();
        if (inzet.status == InstrumentInzet.Status.AANGEVRAAGD && !nu.isBefore(inzet.beslissenVoor)) {
            verloop(inzet, nu);
        }
        if (inzet.status != InstrumentInzet.Status.AANGEVRAAGD) {
            throw ApiProblem.conflict("inzet-al-besloten", "Over deze inzet is al besloten: " + inzet.status.code(),
                    Map.of("status", inzet.status.code()));
        }
        if (goedkeuren && inzet.fondsRegio != null && inzet.bedrag != null) {
            schrijfAfVanFonds(inzet, wie, nu);
        }
        inzet.status = goedkeuren ? InstrumentInzet.Status.GOEDGEKEURD : InstrumentInzet.Status.AFGEWEZEN;
        inzet.besluitDoor = wie;
        inzet.besluitOp = nu;
        inzet.besluitReden = reden;
        historie(inzet, goedkeuren ? "goedgekeurd" : "afgewezen", wie, reden, nu);
        logboek.registreer(inzet.kandidaatId, goedkeuren ? "instrument-goedgekeurd" : "instrument-afgewezen");
        outbox.append(InstrumentEvents.TOPIC, goedkeuren ? InstrumentEvents.GOEDGEKEURD : InstrumentEvents.AFGEWEZEN,
                inzet.id.toString(), InstrumentEvents.InzetGewijzigd.van(inzet, nu).onderPseudoniem(pseudoniemen.van(inzet.kandidaatId)));
        return inzet;
    }

    /** Requests whose decision deadline passed without a decision; safe on several replicas (SKIP LOCKED). */
    @Transactional
    public int laatVerlopen() {
        Instant nu = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> verlopen = em.createNativeQuery("""
                        SELECT id FROM instrument_inzet WHERE status = 'aangevraagd' AND beslissen_voor <= ?1
                        ORDER BY beslissen_voor LIMIT 500 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, nu)
                .getResultList();
        for (UUID id : verlopen) {
            verloop(em.find(InstrumentInzet.class, id), nu);
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
        int ingericht = em.createNativeQuery("""
                        INSERT INTO regiofonds (regio, saldo, bedrag_per_geplande_plaatsing) VALUES (?1, 0, ?2)
                        ON CONFLICT (regio) DO NOTHING""")
                .setParameter(1, regio).setParameter(2, bedragPerGeplandePlaatsing).executeUpdate();
        if (ingericht == 0) {
            throw ApiProblem.conflict("fonds-bestaat", "Regio " + regio + " heeft al een fonds", null);
        }
        return em.find(Regiofonds.class, regio);
    }

    /**
     * The partners fill the fund per planned placement (Midden-Brabant: €1,250 each). The balance stays within what
     * the database holds (below € 1,000,000,000,000): a deposit that would pass it is refused, naming the field.
     */
    @Transactional
    public Regiofonds stort(String regio, int geplandePlaatsingen, String wie) {
        Regiofonds fonds = em.find(Regiofonds.class, regio, LockModeType.PESSIMISTIC_WRITE);
        if (fonds == null) {
            throw ApiProblem.notFound("Regiofonds " + regio);
        }
        BigDecimal bedrag = fonds.bedragPerGeplandePlaatsing.multiply(BigDecimal.valueOf(geplandePlaatsingen));
        if (fonds.saldo.add(bedrag).compareTo(MAX_SALDO) > 0) {
            throw ApiProblem.invalid("geplandePlaatsingen", "het saldo zou boven € " + MAX_SALDO.toPlainString() + " komen");
        }
        fonds.saldo = fonds.saldo.add(bedrag);
        mutatie(regio, bedrag, geplandePlaatsingen + " geplande plaatsingen", wie, null, clock.instant());
        return fonds;
    }

    private void schrijfAfVanFonds(InstrumentInzet inzet, String wie, Instant nu) {
        Regiofonds fonds = em.find(Regiofonds.class, inzet.fondsRegio, LockModeType.PESSIMISTIC_WRITE);
        if (fonds.saldo.compareTo(inzet.bedrag) < 0) {
            throw ApiProblem.conflict("fonds-ontoereikend", "Het regiofonds " + fonds.regio + " heeft € " + fonds.saldo.toPlainString()
                    + ", de inzet vraagt € " + inzet.bedrag.toPlainString(), Map.of("saldo", fonds.saldo, "bedrag", inzet.bedrag));
        }
        fonds.saldo = fonds.saldo.subtract(inzet.bedrag);
        mutatie(fonds.regio, inzet.bedrag.negate(), "inzet " + inzet.soort.code(), wie, inzet.id, nu);
    }

    private void verloop(InstrumentInzet inzet, Instant nu) {
        inzet.status = InstrumentInzet.Status.VERLOPEN;
        inzet.besluitOp = nu;
        historie(inzet, "verlopen", "systeem", "geen besluit voor " + inzet.beslissenVoor, nu);
        outbox.append(InstrumentEvents.TOPIC, InstrumentEvents.VERLOPEN, inzet.id.toString(), InstrumentEvents.InzetGewijzigd.van(inzet, nu).onderPseudoniem(pseudoniemen.van(inzet.kandidaatId)));
    }

    private Betaler betalerVan(UUID kandidaatId, String aanvragerPartner) {
        List<?> rijen = em.createNativeQuery("""
                        SELECT k.partner, g.regio, k.status FROM kandidaat k LEFT JOIN gemeente g ON g.naam = k.woongemeente
                        WHERE k.id = ?1 AND (k.partner = ?2 OR EXISTS (
                            SELECT 1 FROM voordracht v WHERE v.kandidaat_id = k.id AND v.status <> 'afgewezen'
                              AND (v.partner = ?2 OR v.vacature_partner = ?2)))""")
                .setParameter(1, kandidaatId)
                .setParameter(2, aanvragerPartner)
                .getResultList();
        if (rijen.isEmpty()) {
            throw new ApiProblem(404, "niet-gevonden", "Niet gevonden", "Kandidaat " + kandidaatId + " bestaat niet",
                    List.of(new Problem.InvalidParam("kandidaatId", "onbekende kandidaat")), null);
        }
        Object[] rij = (Object[]) rijen.get(0);
        if (!"beschikbaar".equals(rij[2])) {
            throw ApiProblem.invalid("kandidaatId", "niet beschikbare kandidaat");
        }
        return new Betaler((String) rij[0], (String) rij[1]);
    }

    /** Whether a partner with this code is known here (from account-service's partner events). */
    public boolean isBekendePartner(String code) {
        return !em.createNativeQuery("SELECT 1 FROM partner WHERE code = ?1").setParameter(1, code).getResultList().isEmpty();
    }

    /** Whether a labour-market region with this name is in the reference data (the municipalities per region). */
    public boolean isBekendeRegio(String regio) {
        return !em.createNativeQuery("SELECT 1 FROM gemeente WHERE regio = ?1 LIMIT 1").setParameter(1, regio).getResultList().isEmpty();
    }

    private void historie(InstrumentInzet inzet, String actie, String wie, String reden, Instant op) {
        em.createNativeQuery("""
                        INSERT INTO instrument_inzet_historie (inzet_id, op, door, actie, reden) VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, inzet.id).setParameter(2, op).setParameter(3, wie).setParameter(4, actie).setParameter(5, reden)
                .executeUpdate();
    }

    private void mutatie(String regio, BigDecimal bedrag, String omschrijving, String wie, UUID inzetId, Instant op) {
        em.createNativeQuery("""
                        INSERT INTO regiofonds_mutatie (regio, bedrag, omschrijving, door, inzet_id, op) VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, regio).setParameter(2, bedrag).setParameter(3, omschrijving).setParameter(4, wie)
                .setParameter(5, inzetId).setParameter(6, op)
                .executeUpdate();
    }

    /** A deployment with its history (who, when, what, why), as its resource and the candidate's inzage show it. */
    public nl.wsp.matching.instrument.api.InzetWeergave weergave(InstrumentInzet inzet) {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(
                        "SELECT op, door, actie, reden FROM instrument_inzet_historie WHERE inzet_id = ?1 ORDER BY id")
                .setParameter(1, inzet.id).getResultList();
        List<nl.wsp.matching.instrument.api.InzetWeergave.Stap> historie = rijen.stream()
                .map(r -> new nl.wsp.matching.instrument.api.InzetWeergave.Stap(alsInstant(r[0]), (String) r[1],
                        (String) r[2], (String) r[3])).toList();
        return nl.wsp.matching.instrument.api.InzetWeergave.van(inzet, historie);
    }

    /** Every deployment for this candidate, oldest first, with its history. */
    public List<nl.wsp.matching.instrument.api.InzetWeergave> vanKandidaat(UUID kandidaatId) {
        return em.createQuery("from InstrumentInzet where kandidaatId = :k order by aangevraagdOp, id", InstrumentInzet.class)
                .setParameter("k", kandidaatId).getResultList().stream().map(this::weergave).toList();
    }

    private static Instant alsInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
