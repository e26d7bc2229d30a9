package nl.wsp.matching.plaatsing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.matching.kandidaat.Kandidaat;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.matching.instrument.InstrumentInzet;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.problem.Problem;
import nl.wsp.matching.voordracht.Bemiddelingsgegevens;
import nl.wsp.matching.voordracht.Voordracht;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns an accepted proposal into a placement: start date, contract, hours and the instruments deployed — each one an
 * approved deployment for this candidate (rule 8: consent first). Publishes {@code nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1},
 * from which vacancy-service fills a position and reporting counts the placement.
 */
@ApplicationScoped
public class RealiseerPlaatsing {

    public record Opdracht(UUID voordrachtId, LocalDate startdatum, Contractvorm contractvorm, Integer contractduurMaanden,
                           boolean onbepaaldeTijd, int urenPerWeek, List<UUID> instrumenten) {
    }

    private final EntityManager em;
    private final Bemiddelingsgegevens gegevens;
    private final Outbox outbox;
    private final Verwerkingslogboek audit;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;
    private final Event<PlaatsingEvents.PlaatsingGerealiseerdV1> gerealiseerd;

    RealiseerPlaatsing(EntityManager em, Bemiddelingsgegevens gegevens, Outbox outbox, Verwerkingslogboek audit, Clock clock,
                       EventPseudoniemen pseudoniemen, Event<PlaatsingEvents.PlaatsingGerealiseerdV1> gerealiseerd) {
        this.em = em;
        this.gegevens = gegevens;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.pseudoniemen = pseudoniemen;
        this.gerealiseerd = gerealiseerd;
    }

    /** @param partner the caller's partner; null for an administrator */
    @Transactional
    public Plaatsing realiseer(Opdracht opdracht, String partner, String wie) {
        Voordracht v = em.find(Voordracht.class, opdracht.voordrachtId(), LockModeType.PESSIMISTIC_WRITE);
        if (v == null || (partner != null && !v.isBetrokken(partner))) {
            throw new ApiProblem(404, "niet-gevonden", "Niet gevonden", "Voordracht " + opdracht.voordrachtId() + " bestaat niet",
                    List.of(new Problem.InvalidParam("voordrachtId", "onbekende voordracht")), null);
        }
        if (partner != null && !partner.equals(v.partner) && !partner.equals(v.vacaturePartner)) {
            throw ApiProblem.forbidden("De plaatsing registreert de voordragende partner of de accountmanager van de vacature");
        }
        if (!v.isAangenomen()) {
            throw ApiProblem.conflict("voordracht-niet-aangenomen", "Alleen een aangenomen voordracht wordt een plaatsing; deze is "
                    + v.status.code(), Map.of("status", v.status.code()));
        }
        List<Plaatsing> bestaand = em.createQuery("from Plaatsing where voordrachtId = :v", Plaatsing.class)
                .setParameter("v", v.id).getResultList();
        if (!bestaand.isEmpty()) {
            throw ApiProblem.conflict("plaatsing-bestaat", "Van deze voordracht is al een plaatsing gemaakt",
                    Map.of("bestaandePlaatsing", "/api/v1/plaatsingen/" + bestaand.get(0).id));
        }
        valideerContract(opdracht);
        LocalDate voorgedragenOp = TimeSource.datum(v.voorgedragenOp); // the region's calendar day
        if (opdracht.startdatum().isBefore(voorgedragenOp)) {
            throw ApiProblem.invalid("startdatum", "ligt voor de voordracht (" + voorgedragenOp + ")");
        }
        List<InstrumentInzet> inzetten = goedgekeurdeInzetten(opdracht.instrumenten(), v.kandidaatId);
        Bemiddelingsgegevens.Kandidaat kandidaat = gegevens.kandidaat(v.kandidaatId)
                .filter(k -> !Kandidaat.GEWIST.equals(k.status()))
                .orElseThrow(() -> ApiProblem.conflict("kandidaat-gewist", "De kandidaat is gewist", null));
        String regio = gegevens.vacature(v.vacatureId, false).map(Bemiddelingsgegevens.Vacature::regio).orElse(null);

        Instant nu = clock.instant();
        Plaatsing p = new Plaatsing();
        p.id = UUID.randomUUID();
        p.voordrachtId = v.id;
        p.vacatureId = v.vacatureId;
        p.kandidaatId = v.kandidaatId;
        p.partner = kandidaat.partner();
        p.voordragendePartner = v.partner;
        p.vacaturePartner = v.vacaturePartner;
        p.gemeente = kandidaat.woongemeente();
        p.regio = regio;
        p.doelgroepen = kandidaat.doelgroepen().toArray(String[]::new);
        p.startdatum = opdracht.startdatum();
        p.contractvorm = opdracht.contractvorm().code();
        p.contractduurMaanden = opdracht.onbepaaldeTijd() ? null : opdracht.contractduurMaanden();
        p.urenPerWeek = opdracht.urenPerWeek();
        p.instrumentinzetten = inzetten.stream().map(InstrumentInzet::id).toArray(UUID[]::new);
        p.instrumentsoorten = inzetten.stream().map(i -> i.soort().code()).toArray(String[]::new);
        p.status = Plaatsing.Status.LOPEND;
        p.gerealiseerdDoor = wie;
        p.gerealiseerdOp = nu;
        em.persist(p);

        PlaatsingEvents.PlaatsingGerealiseerdV1 event = PlaatsingEvents.PlaatsingGerealiseerdV1.van(p);
        audit.registreer(p.kandidaatId, "geplaatst");
        outbox.append(PlaatsingEvents.TOPIC, PlaatsingEvents.GEREALISEERD, p.id.toString(),
                event.onderPseudoniem(pseudoniemen.van(p.kandidaatId)));
        gerealiseerd.fire(event);
        return p;
    }

    private static void valideerContract(Opdracht o) {
        if (o.onbepaaldeTijd() && o.contractduurMaanden() != null) {
            throw ApiProblem.invalid("contractduurMaanden", "laat weg bij onbepaaldeTijd: true");
        }
        if (!o.onbepaaldeTijd() && o.contractduurMaanden() == null) {
            throw ApiProblem.invalid("contractduurMaanden", "verplicht, tenzij onbepaaldeTijd: true");
        }
    }

    /** Every instrument named must be an approved deployment for this very candidate; none may be named twice. */
    private List<InstrumentInzet> goedgekeurdeInzetten(List<UUID> ids, UUID kandidaatId) {
        List<InstrumentInzet> inzetten = new ArrayList<>();
        Set<UUID> gezien = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String veld = "instrumenten[" + i + "]";
            UUID id = ids.get(i);
            if (id == null) {
                throw ApiProblem.invalid(veld, "verplicht");
            }
            if (!gezien.add(id)) {
                throw ApiProblem.invalid(veld, "dubbel genoemd");
            }
            InstrumentInzet inzet = em.find(InstrumentInzet.class, id);
            if (inzet == null || !inzet.kandidaatId().equals(kandidaatId)) {
                throw ApiProblem.invalid(veld, "geen instrumentinzet voor deze kandidaat");
            }
            if (!inzet.isIngezet()) {
                throw ApiProblem.invalid(veld, "niet goedgekeurd door de betalende partner (" + inzet.status().code() + ")");
            }
            inzetten.add(inzet);
        }
        return inzetten;
    }
}
