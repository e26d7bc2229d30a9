package nl.wsp.matching.matchen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.doelstelling.DoelstellingStatusConsumer;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.kandidaat.AuditLog;
import nl.wsp.matching.kandidaat.Kandidaatprofielen;
import nl.wsp.matching.kandidaat.Voorselectie;
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
    private final Voorselectie voorselectie;

    MatchVacature(Vacatures vacatures, Kandidaatprofielen kandidaten, EscoCatalogus esco,
                  DoelstellingStatusConsumer doelstellingen, AuditLog audit, Clock clock, Voorselectie voorselectie) {
        this.vacatures = vacatures;
        this.kandidaten = kandidaten;
        this.voorselectie = voorselectie;
        this.esco = esco;
        this.doelstellingen = doelstellingen;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Scores only the candidates {@link Voorselectie} picks, tier by tier (related by occupation, then only by a
     * required skill), in pages of the best upper bound first, and stops as soon
     * as at least {@code limiet} candidates passed every hard filter in a suitability band above the bound of every
     * unread candidate: then no unread candidate can take, or be passed over for, any of the returned places
     * (priority rules only reorder within a band), so the answer equals ranking every candidate — except that
     * candidates unrelated to the vacancy (see {@link Voorselectie}) are never read. {@code beoordeeld} and
     * {@code afgevallenOp} count the candidates read.
     */
    @Transactional
    public MatchAntwoord match(UUID vacatureId, int limiet) {
        Vacatures.OpenVacature vacature = vacatures.open(vacatureId).orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        Vacatureprofiel v = vacature.profiel();
        Beoordeling beoordeling = new Beoordeling(vacature);
        for (Voorselectie.Verwantschap verwantschap : Voorselectie.Verwantschap.values()) {
            int vanaf = 0;
            int pagina = Math.max(EERSTE_PAGINA, 4 * limiet);
            while (true) {
                List<Voorselectie.Kandidaatgrens> grenzen = voorselectie.kandidaten(v, verwantschap, vanaf, pagina);
                beoordeling.beoordeel(kandidaten.van(grenzen.stream().map(Voorselectie.Kandidaatgrens::id).toList()));
                boolean uitgeput = grenzen.size() < pagina;
                // the most any unread candidate can score: the rest of this tier, and the skill-only tier after it
                double ongelezen = uitgeput ? -1 : grenzen.get(grenzen.size() - 1).bovengrens();
                if (verwantschap == Voorselectie.Verwantschap.BEROEP && !v.vereisteVaardigheden().isEmpty()) {
                    ongelezen = Math.max(ongelezen, Voorselectie.BOVENGRENS_ALLEEN_VAARDIGHEDEN);
                }
                if (ongelezen < 0 || beoordeling.aantalBovenBand(Prioriteitsregels.band(ongelezen)) >= limiet) {
                    return beoordeling.antwoord(vacatureId, limiet);
                }
                if (uitgeput) {
                    break;
                }
                vanaf += pagina;
                pagina *= 2;
            }
        }
        return beoordeling.antwoord(vacatureId, limiet);
    }

    /** The unoptimised reference: every available candidate read and ranked (tests compare {@link #match} with it). */
    @Transactional
    MatchAntwoord matchZonderVoorselectie(UUID vacatureId, int limiet) {
        Vacatures.OpenVacature vacature = vacatures.open(vacatureId).orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        Beoordeling beoordeling = new Beoordeling(vacature);
        beoordeling.beoordeel(kandidaten.beschikbaar(vacature.profiel().urenPerWeek(), vacature.profiel().rijbewijsVereist()));
        return beoordeling.antwoord(vacatureId, limiet);
    }

    private static final int EERSTE_PAGINA = 200;

    /** Hard filters and suitability of the candidates read so far, then the ranking and its audit. */
    private final class Beoordeling {
        private final Vacatures.OpenVacature vacature;
        private final Geschiktheid geschiktheid = new Geschiktheid(esco::iscoGroep);
        private final Map<String, Integer> afgevallenOp = new TreeMap<>();
        private final Map<UUID, Geschiktheid.Score> scores = new HashMap<>();
        private final List<Prioriteitsregels.Kandidaat> kandidatenVoorRang = new ArrayList<>();
        private int beoordeeld;

        Beoordeling(Vacatures.OpenVacature vacature) {
            this.vacature = vacature;
        }

        void beoordeel(List<Kandidaatprofiel> profielen) {
            Vacatureprofiel v = vacature.profiel();
            for (Kandidaatprofiel k : profielen) {
                if (scores.containsKey(k.id())) {
                    continue;
                }
                beoordeeld++;
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
        }

        long aantalBovenBand(int band) {
            return kandidatenVoorRang.stream().filter(k -> Prioriteitsregels.band(k.score()) > band).count();
        }

        MatchAntwoord antwoord(UUID vacatureId, int limiet) {
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
            return new MatchAntwoord(vacatureId, rangorde.regelsVersie(), vacature.eigenBestandFase(), beoordeeld,
                    afgevallen, afgevallenOp, resultaten);
        }
    }
}
