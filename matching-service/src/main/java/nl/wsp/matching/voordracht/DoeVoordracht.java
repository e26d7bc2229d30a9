package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.matchen.MatchVacature;
import nl.wsp.matching.matchen.api.Rangbesluit;
import nl.wsp.matching.kandidaat.EventPseudoniemen;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.problem.Problem;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An adviser proposes a candidate for an open vacancy. During the own-caseload window (rule 4) only an adviser of
 * the account manager's partner may, and only with a candidate of that partner; afterwards any adviser, with any
 * available candidate (rule 6: residence and registering organisation do not matter). One open proposal per
 * vacancy and candidate. To an adviser of another partner a vacancy in its window does not exist (404, as in
 * vacancy-service), so a proposal cannot be used to learn of it. The proposal records why the candidate stood where
 * they stood (issue 14, item 6): the vacancy's ranking at this moment, from {@link MatchVacature#besluitVoor}.
 */
@ApplicationScoped
public class DoeVoordracht {

    private final VoordrachtRepository voordrachten;
    private final Bemiddelingsgegevens gegevens;
    private final Outbox outbox;
    private final Verwerkingslogboek audit;
    private final Clock clock;
    private final EventPseudoniemen pseudoniemen;

    private final MatchVacature ranglijst;

    DoeVoordracht(VoordrachtRepository voordrachten, Bemiddelingsgegevens gegevens, Outbox outbox, Verwerkingslogboek audit, Clock clock,
                  EventPseudoniemen pseudoniemen, MatchVacature ranglijst) {
        this.ranglijst = ranglijst;
        this.voordrachten = voordrachten;
        this.gegevens = gegevens;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.pseudoniemen = pseudoniemen;
    }

    @Transactional
    public Voordracht doe(UUID vacatureId, UUID kandidaatId, String partner, String adviseur) {
        Instant nu = clock.instant();
        Bemiddelingsgegevens.Vacature vacature = gegevens.vacature(vacatureId, true)
                .filter(v -> !v.inEigenBestandTermijn(nu) || partner.equals(v.accountmanagerPartner()))
                .orElseThrow(() -> onbekend("vacatureId", "Vacature " + vacatureId));
        Bemiddelingsgegevens.Kandidaat kandidaat = gegevens.kandidaat(kandidaatId)
                .orElseThrow(() -> onbekend("kandidaatId", "Kandidaat " + kandidaatId));
        if (!vacature.isOpen()) {
            throw ApiProblem.conflict("vacature-niet-open", "Alleen op een open vacature kan worden voorgedragen; deze is "
                    + vacature.status(), Map.of("vacatureStatus", vacature.status()));
        }
        if (!kandidaat.isBeschikbaar()) {
            throw ApiProblem.conflict("kandidaat-niet-beschikbaar", "Deze kandidaat is niet beschikbaar voor bemiddeling",
                    Map.of("kandidaatStatus", kandidaat.status()));
        }
        if (vacature.inEigenBestandTermijn(nu)) {
            String eigenaar = vacature.accountmanagerPartner();
            if (!kandidaat.partner().equals(eigenaar)) {
                throw ApiProblem.conflict("eigen-bestand-termijn", "Tot " + vacature.eigenBestandTot()
                                + " draagt alleen " + eigenaar + " voor, uit het eigen bestand; daarna wordt de vacature breed uitgezet",
                        Map.of("eigenBestandTot", vacature.eigenBestandTot().toString(), "accountmanagerPartner", String.valueOf(eigenaar)));
            }
        }
        voordrachten.nietAfgewezen(vacatureId, kandidaatId).ifPresent(open -> {
            throw ApiProblem.conflict("voordracht-bestaat", "Deze kandidaat is al voorgedragen voor deze vacature",
                    Map.of("bestaandeVoordracht", "/api/v1/voordrachten/" + open.id()));
        });
        Voordracht v = Voordracht.doe(vacatureId, vacature.accountmanagerPartner(), kandidaatId, kandidaat.partner(),
                partner, adviseur, nu);
        Rangbesluit besluit = ranglijst.besluitVoor(vacatureId, kandidaatId);
        v.legBesluitVast(besluit.rang(), besluit.geschiktheid(), besluit.regelsVersie(), Besluiten.alsJson(besluit));
        voordrachten.persist(v);
        audit.registreer(kandidaatId, "voorgedragen");
        outbox.append(VoordrachtEvents.TOPIC, VoordrachtEvents.GEDAAN, v.id().toString(),
                VoordrachtEvents.VoordrachtV1.van(v).metKenmerken(vacature.regio(), kandidaat.doelgroepen(), kandidaat.leeftijdsband())
                        .onderPseudoniem(pseudoniemen.van(kandidaatId)));
        return v;
    }

    /** A referenced vacancy or candidate this service does not (yet) know: the vacancy may still be on its way. */
    static ApiProblem onbekend(String veld, String wat) {
        return new ApiProblem(404, "niet-gevonden", "Niet gevonden", wat + " is (nog) niet bekend",
                List.of(new Problem.InvalidParam(veld, "onbekend")), null);
    }
}
