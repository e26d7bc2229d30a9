package nl.wsp.matching.matchen;

import nl.wsp.matching.matchen.regels.Geschiktheid;
import nl.wsp.matching.matchen.regels.Kandidaatprofiel;
import nl.wsp.matching.matchen.regels.Prioriteitsregels;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.matching.doelstelling.Doelstellingsachterstand;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.matchen.api.MatchAntwoord;
import nl.wsp.matching.matchen.api.Rangbesluit;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.matching.vacature.Vacatures;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Matches one open vacancy: hard filters first (hours, licence, mobility, and during the own-caseload window only
 * the account manager's partner's candidates), then the explained ESCO suitability, then the versioned priority
 * rules (vulnerable first, solidarity tie-break on the lag behind the targets) in the version the vacancy's region uses
 * ({@link PrioriteitsregelsKeuze}).
 */
@ApplicationScoped
public class MatchVacature {

    private final Vacatures vacatures;
    private final Kandidaatprofielen kandidaten;
    private final EscoCatalogus esco;
    private final Doelstellingsachterstand doelstellingen;
    private final Clock clock;
    private final Voorselectie voorselectie;
    private final PrioriteitsregelsKeuze keuze;
    /** Pre-selection queries asked ahead: no transaction or request context, each on a connection of its own. */
    private final ManagedExecutor parallel = ManagedExecutor.builder().propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING).maxAsync(2).build();

    MatchVacature(Vacatures vacatures, Kandidaatprofielen kandidaten, EscoCatalogus esco,
                  Doelstellingsachterstand doelstellingen, Clock clock, Voorselectie voorselectie, PrioriteitsregelsKeuze keuze) {
        this.keuze = keuze;
        this.vacatures = vacatures;
        this.kandidaten = kandidaten;
        this.voorselectie = voorselectie;
        this.esco = esco;
        this.doelstellingen = doelstellingen;
        this.clock = clock;
    }

    /**
     * Reads the candidates {@link Voorselectie} picks, phase by phase and best first, with the suitability and
     * vulnerability it computes from the match projection, and stops as soon as at least {@code limiet} of them lie in
     * a suitability band above the best unread candidate: then no unread candidate can take, or be passed over for,
     * any of the returned places (priority rules only reorder within a band). It ranks those, and explains the places
     * it returns from the full profiles with {@link Geschiktheid} and {@link HardeFilters}; should a profile not
     * give exactly the pre-selection's score (two texts sharing a projection key), it ranks every candidate from their
     * profile instead. So the answer equals ranking every candidate — except that candidates unrelated to the vacancy
     * (see {@link Voorselectie}) are never read. {@code beoordeeld} counts the candidates read; the hard filters ran in
     * the pre-selection.
     */
    @Transactional
    public MatchAntwoord match(UUID vacatureId, int limiet) {
        return match(vacatures.open(vacatureId).orElseThrow(() -> ApiProblem.notFound("Open vacature")), limiet);
    }

    /** {@link #match(UUID, int)} of a vacancy the caller has just read (and checked the caller may see). */
    @Transactional
    public MatchAntwoord match(Vacatures.OpenVacature vacature, int limiet) {
        UUID vacatureId = vacature.id();
        Vacatureprofiel v = vacature.profiel();
        List<Voorselectie.Kandidaatscore> gelezen = voorselecteer(v, vacature.eigenBestandFase() ? v.accountmanagerPartner() : null,
                limiet);
        Prioriteitsregels.Rangorde rangorde = Prioriteitsregels.rangschik(keuze.voor(vacature.regio()), gelezen.stream()
                .map(k -> new Prioriteitsregels.Kandidaat(k.id(), k.partner(), k.score(), k.kwetsbaar(), k.woongemeente(),
                        k.doelgroepen())).toList(),
                doelstellingen.solidariteit(), limiet);

        Map<UUID, Kandidaatprofiel> profielen = new HashMap<>();
        kandidaten.van(rangorde.plekken().stream().map(p -> p.kandidaat().id()).toList()).forEach(k -> profielen.put(k.id(), k));
        Geschiktheid geschiktheid = new Geschiktheid(esco::iscoGroep);
        List<MatchAntwoord.Match> resultaten = new ArrayList<>();
        for (Prioriteitsregels.Plek p : rangorde.plekken()) {
            Kandidaatprofiel k = profielen.get(p.kandidaat().id());
            Geschiktheid.Score s = k == null || HardeFilters.afwijzing(v, k, vacature.eigenBestandFase()).isPresent()
                    ? null : geschiktheid.score(v, k);
            if (s == null || s.totaal() != p.kandidaat().score()) {
                Log.warnf("candidate %s: the match projection disagrees with the profile for vacancy %s; ranking every "
                        + "candidate from their profile", p.kandidaat().id(), vacatureId);
                return matchZonderVoorselectie(vacatureId, limiet);
            }
            resultaten.add(new MatchAntwoord.Match(p.rang(), k.id(), k.partner(), s.totaal(), s.factoren(),
                    s.gematchteVaardigheden(), s.ontbrekendeVaardigheden(), p.kwetsbaar(), p.achterstandPartner(),
                    p.verschuivingen()));
        }
        return new MatchAntwoord(vacatureId, rangorde.regelsVersie(), vacature.eigenBestandFase(), gelezen.size(), 0,
                Map.of(), resultaten);
    }

    /** How far the ranking is explained when a proposal records its decision: the most a match answer shows. */
    static final int BESLUIT_PLEKKEN = 200;

    /**
     * The decision that places this candidate for this vacancy now (issue 14, item 6), from the same ranking
     * {@link #match} answers: its place among the first {@value #BESLUIT_PLEKKEN}, the suitability with its factors,
     * the priority rule that moved it and the rules version. A candidate outside those places still gets its
     * suitability and the reason it has no place (a hard filter, or lower).
     */
    @Transactional
    public Rangbesluit besluitVoor(UUID vacatureId, UUID kandidaatId) {
        MatchAntwoord antwoord = match(vacatureId, BESLUIT_PLEKKEN);
        java.time.Instant nu = clock.instant();
        for (MatchAntwoord.Match m : antwoord.resultaten()) {
            if (m.kandidaatId().equals(kandidaatId)) {
                Map<String, Integer> voorgegaan = new TreeMap<>();
                m.voorgegaanOp().forEach(v -> voorgegaan.merge(v.regel(), 1, Integer::sum));
                String regel = voorgegaan.isEmpty() ? "geschiktheid" : String.join(",", voorgegaan.keySet());
                return new Rangbesluit(m.rang(), m.geschiktheid(), m.factoren(), m.kwetsbaar(), m.achterstandPartner(), regel,
                        voorgegaan, antwoord.regelsVersie(), antwoord.eigenBestandFase(), antwoord.beoordeeld(), null, nu);
            }
        }
        Vacatures.OpenVacature vacature = vacatures.open(vacatureId).orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        List<Kandidaatprofiel> profiel = kandidaten.van(List.of(kandidaatId));
        if (profiel.isEmpty()) {
            return new Rangbesluit(null, null, List.of(), null, null, null, Map.of(), antwoord.regelsVersie(),
                    antwoord.eigenBestandFase(), antwoord.beoordeeld(), "geen-profiel", nu);
        }
        Kandidaatprofiel k = profiel.get(0);
        Geschiktheid.Score s = new Geschiktheid(esco::iscoGroep).score(vacature.profiel(), k);
        String reden = HardeFilters.afwijzing(vacature.profiel(), k, vacature.eigenBestandFase())
                .map(a -> "harde-filter:" + a.split(":", 2)[0])
                .orElse("niet-bij-de-eerste-" + BESLUIT_PLEKKEN);
        boolean kwetsbaar = Prioriteitsregels.VERSIE_V2.equals(antwoord.regelsVersie())
                ? Prioriteitsregels.kwetsbaarV2(k.doelgroepen(), k.kwetsbaarheden())
                : Prioriteitsregels.kwetsbaar(k.doelgroepen(), k.kwetsbaarheden());
        return new Rangbesluit(null, s.totaal(), s.factoren(), kwetsbaar, null, null, Map.of(),
                antwoord.regelsVersie(), antwoord.eigenBestandFase(), antwoord.beoordeeld(), reden, nu);
    }

    @PreDestroy
    void stop() {
        parallel.shutdownNow();
    }

    /**
     * The pre-selected candidates up to where the {@code limiet} places are decided. When the first phase finds fewer
     * than {@code limiet}, the later phases will be read as well: the one after next is asked at once on another
     * connection, so its query runs on the second core while this thread runs the next one.
     */
    private List<Voorselectie.Kandidaatscore> voorselecteer(Vacatureprofiel v, String alleenPartner, int limiet) {
        List<Voorselectie.Kandidaatscore> gelezen = new ArrayList<>();
        int[] perBand = new int[Prioriteitsregels.band(100) + 1];
        List<Voorselectie.Fase> fasen = voorselectie.fasen(v);
        Map<Voorselectie.Fase, CompletableFuture<List<Voorselectie.Kandidaatscore>>> vooruit = new EnumMap<>(Voorselectie.Fase.class);
        for (int f = 0; f < fasen.size(); f++) {
            Voorselectie.Fase fase = fasen.get(f);
            // the most a candidate of any later phase can score
            double later = f + 1 < fasen.size() ? voorselectie.hoogsteGrens(v, fasen.get(f + 1)) : -1;
            if (genoeg(perBand, limiet, voorselectie.hoogsteGrens(v, fase))) {
                break;
            }
            Voorselectie.Kandidaatscore na = null;
            while (true) {
                List<Voorselectie.Kandidaatscore> pagina = na == null && vooruit.containsKey(fase) ? vooruit.get(fase).join()
                        : voorselectie.kandidaten(v, alleenPartner, fase, na, PAGINA);
                if (f == 0 && pagina.size() < limiet) {
                    fasen.subList(Math.min(2, fasen.size()), fasen.size()).forEach(volgende -> vooruit.put(volgende,
                            parallel.supplyAsync(() -> voorselectie.kandidaten(v, alleenPartner, volgende, null, PAGINA))));
                }
                for (Voorselectie.Kandidaatscore k : pagina) {
                    gelezen.add(k);
                    perBand[Math.min(perBand.length - 1, Prioriteitsregels.band(k.score()))]++;
                }
                boolean laatste = pagina.size() < PAGINA;
                double ongelezen = laatste ? -1 : pagina.get(pagina.size() - 1).score();
                if (genoeg(perBand, limiet, Math.max(ongelezen, later))) {
                    return gelezen;
                }
                if (laatste) {
                    break;
                }
                na = pagina.get(pagina.size() - 1);
            }
        }
        return gelezen;
    }

    /** Rows per pre-selection query: ids, partners, scores, residence and target groups only, so a page is cheap. */
    private static final int PAGINA = 5_000;

    /** Enough read: {@code limiet} candidates lie in a band above the band of the best unread one (-1: none unread). */
    private static boolean genoeg(int[] perBand, int limiet, double ongelezen) {
        if (ongelezen < 0) {
            return true;
        }
        int boven = 0;
        for (int band = Prioriteitsregels.band(ongelezen) + 1; band < perBand.length; band++) {
            boven += perBand[band];
        }
        return boven >= limiet;
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
                kandidatenVoorRang.add(new Prioriteitsregels.Kandidaat(k.id(), k.partner(), score.totaal(), k.woongemeente(),
                        k.doelgroepen(), k.kwetsbaarheden()));
            }
        }

        MatchAntwoord antwoord(UUID vacatureId, int limiet) {
            Prioriteitsregels.Rangorde rangorde = Prioriteitsregels.rangschik(keuze.voor(vacature.regio()), kandidatenVoorRang,
                    doelstellingen.solidariteit(), limiet);
            List<MatchAntwoord.Match> resultaten = rangorde.plekken().stream().limit(limiet).map(p -> {
                Geschiktheid.Score s = scores.get(p.kandidaat().id());
                return new MatchAntwoord.Match(p.rang(), p.kandidaat().id(), p.kandidaat().partner(), s.totaal(), s.factoren(),
                        s.gematchteVaardigheden(), s.ontbrekendeVaardigheden(), p.kwetsbaar(), p.achterstandPartner(),
                        p.verschuivingen());
            }).toList();
            int afgevallen = afgevallenOp.values().stream().mapToInt(Integer::intValue).sum();
            return new MatchAntwoord(vacatureId, rangorde.regelsVersie(), vacature.eigenBestandFase(), beoordeeld,
                    afgevallen, afgevallenOp, resultaten);
        }
    }
}
