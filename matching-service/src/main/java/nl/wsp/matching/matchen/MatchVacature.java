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
     * Scores only the candidates {@link Voorselectie} picks, phase by phase, highest score bound first, and stops as
     * soon as at least {@code limiet} candidates passed every hard filter in a suitability band above the bound of
     * every unread candidate: then no unread candidate can take, or be passed over for, any of the returned places
     * (priority rules only reorder within a band), so the answer equals ranking every candidate — except that
     * candidates unrelated to the vacancy (see {@link Voorselectie}) are never read. Profiles are read in growing
     * chunks that end where a band ends. {@code beoordeeld} and {@code afgevallenOp} count the candidates read.
     */
    @Transactional
    public MatchAntwoord match(UUID vacatureId, int limiet) {
        Vacatures.OpenVacature vacature = vacatures.open(vacatureId).orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        Vacatureprofiel v = vacature.profiel();
        String alleenPartner = vacature.eigenBestandFase() ? v.accountmanagerPartner() : null;
        Beoordeling beoordeling = new Beoordeling(vacature);
        List<Voorselectie.Fase> fasen = voorselectie.fasen(v);
        for (int f = 0; f < fasen.size(); f++) {
            // the most a candidate of any later phase can score
            double later = f + 1 < fasen.size() ? voorselectie.hoogsteGrens(v, fasen.get(f + 1)) : -1;
            if (genoeg(beoordeling, limiet, voorselectie.hoogsteGrens(v, fasen.get(f)))) {
                break;
            }
            Voorselectie.Kandidaatgrens na = null;
            int stuk = Math.max(limiet, MINSTE_STUK);
            while (true) {
                List<Voorselectie.Kandidaatgrens> pagina = voorselectie.kandidaten(v, alleenPartner, fasen.get(f), na, PAGINA);
                boolean laatste = pagina.size() < PAGINA;
                int gelezen = 0;
                while (gelezen < pagina.size()) {
                    int tot = eindeVanBand(pagina, Math.min(pagina.size(), gelezen + stuk));
                    beoordeling.beoordeel(kandidaten.van(pagina.subList(gelezen, tot).stream()
                            .map(Voorselectie.Kandidaatgrens::id).toList()));
                    gelezen = tot;
                    stuk *= 2;
                    double ongelezen = gelezen < pagina.size() ? pagina.get(gelezen).bovengrens()
                            : laatste ? -1 : pagina.get(gelezen - 1).bovengrens();
                    if (genoeg(beoordeling, limiet, Math.max(ongelezen, later))) {
                        return beoordeling.antwoord(vacatureId, limiet);
                    }
                }
                if (laatste) {
                    break;
                }
                na = pagina.get(pagina.size() - 1);
            }
        }
        return beoordeling.antwoord(vacatureId, limiet);
    }

    /** Rows of bounds and ids per pre-selection query; cheap, as only scored candidates' profiles are read. */
    private static final int PAGINA = 2_000;
    /** The first chunk of profiles read: at least this many, or {@code limiet}. */
    private static final int MINSTE_STUK = 50;

    /** Enough read: {@code limiet} candidates lie in a band above the band of the best unread one (-1: none unread). */
    private static boolean genoeg(Beoordeling beoordeling, int limiet, double ongelezen) {
        return ongelezen < 0 || beoordeling.aantalBovenBand(Prioriteitsregels.band(ongelezen)) >= limiet;
    }

    /** Extends a chunk to where the band of the bound changes: a band is read whole or not at all. */
    private static int eindeVanBand(List<Voorselectie.Kandidaatgrens> pagina, int tot) {
        while (tot < pagina.size()
                && Prioriteitsregels.band(pagina.get(tot).bovengrens()) == Prioriteitsregels.band(pagina.get(tot - 1).bovengrens())) {
            tot++;
        }
        return tot;
    }

    /** The unoptimised reference: every available candidate read and ranked (tests compare {@link #match} with it). */
    @Transactional
    MatchAntwoord matchZonderVoorselectie(UUID vacatureId, int limiet) {
        Vacatures.OpenVacature vacature = vacatures.open(vacatureId).orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        Beoordeling beoordeling = new Beoordeling(vacature);
        beoordeling.beoordeel(kandidaten.beschikbaar(vacature.profiel().urenPerWeek(), vacature.profiel().rijbewijsVereist()));
        return beoordeling.antwoord(vacatureId, limiet);
    }

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
            Prioriteitsregels.Rangorde rangorde = Prioriteitsregels.rangschik(kandidatenVoorRang, doelstellingen.achterstandDitJaar(),
                    limiet);
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
