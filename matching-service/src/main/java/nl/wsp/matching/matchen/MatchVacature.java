package nl.wsp.matching.matchen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.doelstelling.DoelstellingStatusConsumer;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.kandidaat.AuditLog;
import nl.wsp.matching.kandidaat.Kandidaatprofielen;
import nl.wsp.matching.matchen.api.MatchAntwoord;
import nl.wsp.matching.platform.ApiProblem;
import nl.wsp.matching.vacature.Vacatures;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Matches one open vacancy: hard filters first (hours, licence, mobility, and during the own-caseload window only
 * the account manager's partner's candidates), then the explained ESCO suitability, then the versioned priority
 * rules (vulnerable first, solidarity tie-break on each partner's lag behind its target this year).
 */
@ApplicationScoped
public class MatchVacature {

    private final Vacatures vacatures;
    private final Kandidaatprofielen kandidaten;
    private final EscoCatalogus esco;
    private final DoelstellingStatusConsumer doelstellingen;
    private final AuditLog audit;
    private final Clock clock;

    MatchVacature(Vacatures vacatures, Kandidaatprofielen kandidaten, EscoCatalogus esco,
                  DoelstellingStatusConsumer doelstellingen, AuditLog audit, Clock clock) {
        this.vacatures = vacatures;
        this.kandidaten = kandidaten;
        this.esco = esco;
        this.doelstellingen = doelstellingen;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MatchAntwoord match(UUID vacatureId, int limiet) {
        Vacatures.OpenVacature vacature = vacatures.open(vacatureId).orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        Vacatureprofiel v = vacature.profiel();
        Geschiktheid geschiktheid = new Geschiktheid(esco::iscoGroep);
        Map<String, Integer> afgevallenOp = new TreeMap<>();
        Map<UUID, Geschiktheid.Score> scores = new HashMap<>();
        List<Prioriteitsregels.Kandidaat> kandidatenVoorRang = new ArrayList<>();
        List<Kandidaatprofiel> profielen = kandidaten.beschikbaar(v.urenPerWeek(), v.rijbewijsVereist());
        for (Kandidaatprofiel k : profielen) {
            Optional<String> afwijzing = HardeFilters.afwijzing(v, k, vacature.eigenBestandFase());
            if (afwijzing.isPresent()) {
                afgevallenOp.merge(afwijzing.get().split(":", 2)[0], 1, Integer::sum);
                continue;
            }
            Geschiktheid.Score score = geschiktheid.score(v, k);
            scores.put(k.id(), score);
            kandidatenVoorRang.add(new Prioriteitsregels.Kandidaat(k.id(), k.partner(), score.totaal(), k.doelgroepen(),
                    k.kwetsbaarheden()));
        }
        Prioriteitsregels.Rangorde rangorde = Prioriteitsregels.rangschik(kandidatenVoorRang, doelstellingen.achterstandDitJaar());
        List<MatchAntwoord.Match> resultaten = rangorde.plekken().stream().limit(limiet).map(p -> {
            Geschiktheid.Score s = scores.get(p.kandidaat().id());
            return new MatchAntwoord.Match(p.rang(), p.kandidaat().id(), p.kandidaat().partner(), s.totaal(), s.factoren(),
                    s.gematchteVaardigheden(), s.ontbrekendeVaardigheden(), p.kwetsbaar(), p.achterstandPartner(),
                    p.verschuivingen());
        }).toList();
        audit.registreer(resultaten.stream().map(MatchAntwoord.Match::kandidaatId).toList(), AuditLog.BEMIDDELING,
                "gematcht");
        int afgevallen = afgevallenOp.values().stream().mapToInt(Integer::intValue).sum();
        return new MatchAntwoord(vacatureId, rangorde.regelsVersie(), vacature.eigenBestandFase(), profielen.size(),
                afgevallen, afgevallenOp, resultaten);
    }
}
