package nl.wsp.matching.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
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

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration beslistermijn;

    Instrumenten(EntityManager em, Outbox outbox, Clock clock,
                 @ConfigProperty(name = "wsp.instrumenten.beslistermijn", defaultValue = "P5D") Duration beslistermijn) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
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
        if (instrument.geldigTot != null && instrument.geldigTot.isBefore(instrument.geldigVan)) {
            throw ApiProblem.invalid("geldigTot", "ligt voor geldigVan");
        }
        instrument.id = UUID.randomUUID();
        em.persist(instrument);
        return instrument;
    }

    @Transactional
    public InstrumentInzet vraagAan(Aanvraag aanvraag, String aanvrager) {
        Instrument instrument = em.find(Instrument.class, aanvraag.instrumentId());
        if (instrument == null) {
            throw ApiProblem.invalid("instrumentId", "onbekend instrument");
        }
        Betaler betaler = betalerVan(aanvraag.kandidaatId());
        if (!instrument.partner.equals(betaler.partner())) {
            throw ApiProblem.invalid("instrumentId", "hoort bij " + instrument.partner + ", maar " + betaler.partner()
                    + " betaalt voor deze kandidaat: kies een instrument uit diens catalogus");
        }
        if (!instrument.geldigOp(aanvraag.startdatum())) {
            throw ApiProblem.invalid("startdatum", "het instrument is dan niet geldig");
        }
        Integer maxMaanden = instrument.effectieveMaxMaanden();
        if (maxMaanden != null && (aanvraag.duurMaanden() == null || aanvraag.duurMaanden() > maxMaanden)) {
            throw ApiProblem.invalid("duurMaanden", "ten hoogste " + maxMaanden + " maanden voor " + naam(instrument.soort));
        }
        BigDecimal maxBedrag = instrument.effectiefMaxBedrag();
        if (maxBedrag != null && aanvraag.bedrag() != null && aanvraag.bedrag().compareTo(maxBedrag) > 0) {
            throw ApiProblem.invalid("bedrag", "ten hoogste € " + maxBedrag.toPlainString() + " voor " + naam(instrument.soort));
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
        inzet.aangevraagdOp = nu;
        inzet.beslissenVoor = nu.plus(beslistermijn);
        em.persist(inzet);
        historie(inzet, "aangevraagd", aanvrager, null, nu);
        outbox.append(InstrumentEvents.TOPIC, InstrumentEvents.AANGEVRAAGD, inzet.id.toString(), InstrumentEvents.InzetGewijzigd.van(inzet, nu));
        return inzet;
    }

    /** Approve (or reject) as the paying partner. A pooled fund is debited here, and never below zero. */
    @Transactional
    public InstrumentInzet besluit(UUID inzetId, boolean goedkeuren, String reden, String wie, String partnerVanWie) {
        InstrumentInzet inzet = em.find(InstrumentInzet.class, inzetId, LockModeType.PESSIMISTIC_WRITE);
        if (inzet == null) {
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
            throw ApiProblem.conflict("inzet-al-besloten", "Over deze inzet is al besloten: " + inzet.status.name().toLowerCase(),
                    Map.of("status", inzet.status.name().toLowerCase()));
        }
        if (goedkeuren && inzet.fondsRegio != null && inzet.bedrag != null) {
            schrijfAfVanFonds(inzet, wie, nu);
        }
        inzet.status = goedkeuren ? InstrumentInzet.Status.GOEDGEKEURD : InstrumentInzet.Status.AFGEWEZEN;
        inzet.besluitDoor = wie;
        inzet.besluitOp = nu;
        inzet.besluitReden = reden;
        historie(inzet, goedkeuren ? "goedgekeurd" : "afgewezen", wie, reden, nu);
        outbox.append(InstrumentEvents.TOPIC, goedkeuren ? InstrumentEvents.GOEDGEKEURD : InstrumentEvents.AFGEWEZEN,
                inzet.id.toString(), InstrumentEvents.InzetGewijzigd.van(inzet, nu));
        return inzet;
    }

    /** Requests whose decision deadline passed without a decision; safe on several replicas (SKIP LOCKED). */
    @Transactional
    public int laatVerlopen() {
        Instant nu = clock.instant();
        @SuppressWarnings("unchecked")
        List<UUID> verlopen = em.createNativeQuery("""
                        SELECT id FROM instrument_inzet WHERE status = 'AANGEVRAAGD' AND beslissen_voor <= ?1
                        ORDER BY beslissen_voor LIMIT 500 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, nu)
                .getResultList();
        for (UUID id : verlopen) {
            verloop(em.find(InstrumentInzet.class, id), nu);
        }
        return verlopen.size();
    }

    @Transactional
    public Regiofonds richtFondsIn(String regio, BigDecimal bedragPerGeplandePlaatsing) {
        if (em.find(Regiofonds.class, regio) != null) {
            throw ApiProblem.conflict("fonds-bestaat", "Regio " + regio + " heeft al een fonds", Map.of("fonds", "/api/v1/regiofondsen/" + regio));
        }
        Regiofonds fonds = new Regiofonds();
        fonds.regio = regio;
        fonds.saldo = BigDecimal.ZERO;
        fonds.bedragPerGeplandePlaatsing = bedragPerGeplandePlaatsing;
        em.persist(fonds);
        return fonds;
    }

    /** The partners fill the fund per planned placement (Midden-Brabant: €1,250 each). */
    @Transactional
    public Regiofonds stort(String regio, int geplandePlaatsingen, String wie) {
        Regiofonds fonds = em.find(Regiofonds.class, regio, LockModeType.PESSIMISTIC_WRITE);
        if (fonds == null) {
            throw ApiProblem.notFound("Regiofonds " + regio);
        }
        BigDecimal bedrag = fonds.bedragPerGeplandePlaatsing.multiply(BigDecimal.valueOf(geplandePlaatsingen));
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
        mutatie(fonds.regio, inzet.bedrag.negate(), "inzet " + naam(inzet.soort), wie, inzet.id, nu);
    }

    private void verloop(InstrumentInzet inzet, Instant nu) {
        inzet.status = InstrumentInzet.Status.VERLOPEN;
        inzet.besluitOp = nu;
        historie(inzet, "verlopen", "systeem", "geen besluit voor " + inzet.beslissenVoor, nu);
        outbox.append(InstrumentEvents.TOPIC, InstrumentEvents.VERLOPEN, inzet.id.toString(), InstrumentEvents.InzetGewijzigd.van(inzet, nu));
    }

    private Betaler betalerVan(UUID kandidaatId) {
        List<?> rijen = em.createNativeQuery("""
                        SELECT k.partner, g.regio FROM kandidaat k LEFT JOIN gemeente g ON g.naam = k.woongemeente
                        WHERE k.id = ?1 AND k.status = 'beschikbaar'""")
                .setParameter(1, kandidaatId)
                .getResultList();
        if (rijen.isEmpty()) {
            throw ApiProblem.invalid("kandidaatId", "onbekende of niet beschikbare kandidaat");
        }
        Object[] rij = (Object[]) rijen.get(0);
        return new Betaler((String) rij[0], (String) rij[1]);
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

    private static String naam(Instrumentsoort soort) {
        return soort.name().toLowerCase().replace('_', '-');
    }
}
