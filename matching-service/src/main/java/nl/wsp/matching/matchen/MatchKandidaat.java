package nl.wsp.matching.matchen;

import nl.wsp.matching.matchen.regels.Geschiktheid;
import nl.wsp.matching.matchen.regels.Kandidaatprofiel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.matchen.api.VacatureMatchAntwoord;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.matching.toegang.Beller;
import nl.wsp.matching.vacature.Vacatures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Reverse match: for one available candidate, the open vacancies they may be proposed for — the same hard filters
 * (a vacancy still in its own-caseload window only for the account manager's partner's candidates) and the same
 * explained suitability, best first. A partner system only ever asks about its own candidates (others: 404). A vacancy
 * in its own-caseload window is listed, and counted, only for the account manager's partner (and a beheerder): for
 * anyone else it does not exist yet, as in vacancy-service.
 */
@ApplicationScoped
public class MatchKandidaat {

    private final Kandidaatprofielen kandidaten;
    private final Vacatures vacatures;
    private final EscoCatalogus esco;
    private final Beller beller;

    MatchKandidaat(Kandidaatprofielen kandidaten, Vacatures vacatures, EscoCatalogus esco, Beller beller) {
        this.kandidaten = kandidaten;
        this.vacatures = vacatures;
        this.esco = esco;
        this.beller = beller;
    }

    private record Gescoord(Vacatures.OpenVacature vacature, Geschiktheid.Score score) {
    }

    @Transactional
    public VacatureMatchAntwoord match(UUID kandidaatId, int limiet) {
        Kandidaatprofiel k = kandidaten.van(kandidaatId)
                .filter(p -> beller.zietKandidaat(p.partner()))
                .orElseThrow(() -> ApiProblem.notFound("Beschikbare kandidaat"));
        Geschiktheid geschiktheid = new Geschiktheid(esco::iscoGroep);
        List<Vacatures.OpenVacature> open = vacatures.alleOpen().stream()
                .filter(v -> beller.zietVacature(v.profiel().accountmanagerPartner(), v.eigenBestandFase())).toList();
        List<Gescoord> gescoord = new ArrayList<>();
        for (Vacatures.OpenVacature v : open) {
            if (HardeFilters.afwijzing(v.profiel(), k, v.eigenBestandFase()).isEmpty()) {
                gescoord.add(new Gescoord(v, geschiktheid.score(v.profiel(), k)));
            }
        }
        gescoord.sort(Comparator.comparingDouble((Gescoord g) -> g.score().totaal()).reversed()
                .thenComparing(g -> g.vacature().id()));
        List<VacatureMatchAntwoord.VacatureMatch> resultaten = new ArrayList<>();
        for (int i = 0; i < Math.min(limiet, gescoord.size()); i++) {
            Gescoord g = gescoord.get(i);
            resultaten.add(new VacatureMatchAntwoord.VacatureMatch(i + 1, g.vacature().id(), g.vacature().titel(),
                    g.vacature().profiel().werklocatieGemeente(), g.score().totaal(), g.score().factoren(),
                    g.score().gematchteVaardigheden(), g.score().ontbrekendeVaardigheden()));
        }
        return new VacatureMatchAntwoord(kandidaatId, open.size(), resultaten);
    }
}
