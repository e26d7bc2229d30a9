package nl.wsp.matching.plaatsing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.matching.kandidaat.Kandidaat;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.matching.instrument.InstrumentInzet;
import nl.wsp.matching.instrument.InstrumentInzetRepository;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.problem.Problem;
import nl.wsp.matching.voordracht.Bemiddelingsgegevens;
import nl.wsp.matching.voordracht.Voordracht;
import nl.wsp.matching.voordracht.VoordrachtRepository;

import java.time.Clock;
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
                           boolean onbepaaldeTijd, int urenPerWeek, List<UUID> instrumenten,
                           BanenafspraakSector banenafspraakSector) {
    }

    private final InstrumentInzetRepository instrumentinzetten;
    private final VoordrachtRepository voordrachten;
    private final PlaatsingRepository plaatsingen;
    private final Bemiddelingsgegevens gegevens;
    private final Outbox outbox;
    private final Verwerkingslogboek audit;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;
    private final Event<PlaatsingEvents.PlaatsingGerealiseerdV1> gerealiseerd;

    RealiseerPlaatsing(InstrumentInzetRepository instrumentinzetten, VoordrachtRepository voordrachten, PlaatsingRepository plaatsingen,
                       Bemiddelingsgegevens gegevens, Outbox outbox, Verwerkingslogboek audit, Clock clock,
                       EventPseudoniemen pseudoniemen, Event<PlaatsingEvents.PlaatsingGerealiseerdV1> gerealiseerd) {
        this.instrumentinzetten = instrumentinzetten;
        this.voordrachten = voordrachten;
        this.plaatsingen = plaatsingen;
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
        Voordracht v = voordrachten.vergrendeld(opdracht.voordrachtId()).filter(d -> partner == null || d.isBetrokken(partner))
                .orElseThrow(() -> new ApiProblem(404, "niet-gevonden", "Niet gevonden", "Voordracht " + opdracht.voordrachtId()
                        + " bestaat niet", List.of(new Problem.InvalidParam("voordrachtId", "onbekende voordracht")), null));
        if (partner != null && !partner.equals(v.partner()) && !partner.equals(v.vacaturePartner())) {
            throw ApiProblem.forbidden("De plaatsing registreert de voordragende partner of de accountmanager van de vacature");
        }
        // before the proposal's own rules: a placement exists only of an accepted proposal, and acceptance is final
        plaatsingen.vanVoordracht(v.id()).ifPresent(bestaand -> {
            throw ApiProblem.conflict("plaatsing-bestaat", "Van deze voordracht is al een plaatsing gemaakt",
                    Map.of("bestaandePlaatsing", "/api/v1/plaatsingen/" + bestaand.id()));
        });
        Plaatsing.Afspraak afspraak = Plaatsing.Afspraak.voor(v, opdracht.startdatum(), opdracht.contractvorm(),
                opdracht.contractduurMaanden(), opdracht.onbepaaldeTijd(), opdracht.urenPerWeek());
        List<InstrumentInzet> inzetten = goedgekeurdeInzetten(opdracht.instrumenten(), v.kandidaatId());
        Bemiddelingsgegevens.Kandidaat kandidaat = gegevens.kandidaat(v.kandidaatId())
                .filter(k -> !Kandidaat.GEWIST.equals(k.status()))
                .orElseThrow(() -> ApiProblem.conflict("kandidaat-gewist", "De kandidaat is gewist", null));
        String regio = gegevens.vacature(v.vacatureId(), false).map(Bemiddelingsgegevens.Vacature::regio).orElse(null);

        Plaatsing p = Plaatsing.realiseer(v, afspraak, kandidaat.partner(), kandidaat.woongemeente(), kandidaat.doelgroepen(), regio,
                opdracht.banenafspraakSector(), inzetten.stream().map(InstrumentInzet::id).toList(), inzetten.stream().map(i -> i.soort().code()).toList(), wie, clock.instant());
        plaatsingen.persist(p);

        PlaatsingEvents.PlaatsingGerealiseerdV1 event = PlaatsingEvents.PlaatsingGerealiseerdV1.van(p, kandidaat.leeftijdsband());
        audit.registreer(p.kandidaatId(), "geplaatst");
        outbox.append(PlaatsingEvents.TOPIC, PlaatsingEvents.GEREALISEERD, p.id().toString(),
                event.onderPseudoniem(pseudoniemen.van(p.kandidaatId())));
        gerealiseerd.fire(event);
        return p;
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
            InstrumentInzet inzet = instrumentinzetten.findById(id);
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
