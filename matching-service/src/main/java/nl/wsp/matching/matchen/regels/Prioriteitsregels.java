package nl.wsp.matching.matchen.regels;

import nl.wsp.referentie.Doelgroepen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The priority rules on top of suitability, explicit and versioned; the version is recorded with every ranking. Two
 * versions exist side by side (ADR 0003, ADR 0027); which one ranks a vacancy is configuration ({@code
 * PrioriteitsregelsKeuze}). Both share the order of the steps below; they differ in who is vulnerable and how the lag is
 * measured.
 * <p><b>{@value #VERSIE}</b>:
 * <ol>
 *   <li>Candidates are <em>comparable</em> when their suitability falls in the same band of {@value #BANDBREEDTE}
 *       points. Bands are ranked by suitability.</li>
 *   <li>Rule 5 (seed 000): within a band, vulnerable candidates go first: a work disability (Banenafspraak, met IBA,
 *       Wajong, WIA/WGA) or a named vulnerable group (50+, status holder, youth without a starting qualification,
 *       single parent).</li>
 *   <li>Then suitability, in whole points.</li>
 *   <li>Rule 7 (seed 004): among <em>equally suitable</em> candidates (same band, same vulnerability, same whole
 *       points), the one whose partner lags furthest behind its placement target goes first.</li>
 *   <li>Then exact suitability, then the id (a stable order).</li>
 * </ol>
 * <p><b>{@value #VERSIE_V2}</b> (ADR 0027), the same steps, with:
 * <ul>
 *   <li>Rule 5: vulnerable as in v1, <em>or</em> on social assistance ({@code bijstand}): seed 000 names "Kwetsbare
 *       werkzoekenden (WWB, WAJONG, WIA)", and the WWB is the social assistance act.</li>
 *   <li>Rule 7: the lag is <em>relative</em>: the share of the placements expected by now that are missing,
 *       (expected − realised) ÷ expected, in percent with one decimal ({@link Doelstand#relatieveAchterstand}); and a
 *       candidate carries the largest lag of every target their placement would count towards: their partner's, a
 *       group of municipalities' they live in, several partners' jointly, each only when its target group counts them
 *       ({@link Doelgroeptelling}). Seed 004: the candidate "van de 'achterstand-gemeente' [gaat] voor".</li>
 * </ul>
 * The answer says which rule moved whom: for each candidate, the candidates it now precedes that had a higher
 * suitability — or exactly the same, where a rule rather than chance decided — and the rule that decided.
 */
public final class Prioriteitsregels {

    public static final String VERSIE = "prioriteit-v1";
    public static final String VERSIE_V2 = "prioriteit-v2";
    public static final List<String> VERSIES = List.of(VERSIE, VERSIE_V2);
    /** What v2 adds to rule 5's target groups (seed 000: "Kwetsbare werkzoekenden (WWB, WAJONG, WIA)"). */
    public static final String BIJSTAND = "bijstand";
    static final double BANDBREEDTE = 5.0;
    static final Set<String> KWETSBARE_DOELGROEPEN = Doelgroepen.kwetsbaar(); // data/referentie/doelgroepen.csv

    public static final String REGEL_KWETSBAAR = "regel-5-kwetsbaar-eerst";
    public static final String REGEL_SOLIDARITEIT = "regel-7-solidariteit";
    private static final String GESCHIKTHEID = "geschiktheid";

    /**
     * @param kwetsbaar    v1's vulnerability, see {@link #kwetsbaar(Collection, Collection)}
     * @param woongemeente where the candidate lives (v2: targets of a group of municipalities); null when unknown
     * @param doelgroepen  the candidate's target groups (v2: social assistance, and which targets count them)
     */
    public record Kandidaat(UUID id, String partner, double score, boolean kwetsbaar, String woongemeente, Set<String> doelgroepen) {

        public Kandidaat {
            doelgroepen = doelgroepen == null ? Set.of() : Set.copyOf(doelgroepen);
        }

        public Kandidaat(UUID id, String partner, double score, boolean kwetsbaar) {
            this(id, partner, score, kwetsbaar, null, Set.of());
        }

        public Kandidaat(UUID id, String partner, double score, Set<String> doelgroepen, Set<String> kwetsbaarheden) {
            this(id, partner, score, null, doelgroepen, kwetsbaarheden);
        }

        public Kandidaat(UUID id, String partner, double score, String woongemeente, Set<String> doelgroepen,
                         Set<String> kwetsbaarheden) {
            this(id, partner, score, Prioriteitsregels.kwetsbaar(doelgroepen, kwetsbaarheden), woongemeente, doelgroepen);
        }
    }

    /**
     * One placement target as v2's solidarity rule reads it (from reporting's {@code voortgang-gewijzigd} events): who
     * counts towards it, the target over its span of whole years {@code vanJaar}–{@code totJaar} (one year, or e.g. the
     * Banenafspraak's 2014–2016), and how many placements counted so far.
     */
    public record Doelstand(Set<String> partners, Set<String> gemeenten, String doelgroep, int vanJaar, int totJaar, int doel,
                            int gerealiseerd) {

        public Doelstand {
            partners = Set.copyOf(partners);
            gemeenten = Set.copyOf(gemeenten);
            if (totJaar < vanJaar) {
                throw new IllegalArgumentException("totJaar " + totJaar + " before vanJaar " + vanJaar);
            }
        }

        /** Does this target count a placement of this candidate: named partner or municipality, and its target group. */
        public boolean telt(Kandidaat k) {
            boolean wie = partners.contains(k.partner()) || (k.woongemeente() != null && gemeenten.contains(k.woongemeente()));
            return wie && Doelgroeptelling.telt(doelgroep, k.doelgroepen());
        }

        /**
         * Expected by {@code vandaag}: the target spread evenly over the days of its span (half-even to whole placements,
         * as reporting's realisation report); a span past expects all, a span to come none.
         */
        public int verwachtTotNu(LocalDate vandaag) {
            LocalDate van = LocalDate.of(vanJaar, 1, 1);
            LocalDate tot = LocalDate.of(totJaar + 1, 1, 1);
            if (!vandaag.isBefore(tot.minusDays(1))) {
                return doel;
            }
            if (vandaag.isBefore(van)) {
                return 0;
            }
            long verstreken = vandaag.toEpochDay() - van.toEpochDay() + 1;
            long dagen = tot.toEpochDay() - van.toEpochDay();
            return BigDecimal.valueOf(doel * verstreken).divide(BigDecimal.valueOf(dagen), 0, RoundingMode.HALF_EVEN).intValueExact();
        }

        /**
         * (expected − realised) ÷ expected × 100, one decimal (half-up): 90.0 is "90 % of what should be realised by now
         * is missing"; negative is ahead. Nothing expected yet (a target of 0, or the first day of a small one): 0.
         */
        public double relatieveAchterstand(LocalDate vandaag) {
            int verwacht = verwachtTotNu(vandaag);
            if (verwacht <= 0) {
                return 0.0;
            }
            return BigDecimal.valueOf((verwacht - gerealiseerd) * 100L)
                    .divide(BigDecimal.valueOf(verwacht), 1, RoundingMode.HALF_UP).doubleValue();
        }
    }

    /**
     * What the solidarity rule of either version reads: v1 the absolute lag per partner code, v2 the targets and the day.
     */
    public record Solidariteit(Map<String, Double> achterstandPerPartner, List<Doelstand> doelstanden, LocalDate vandaag) {

        public Solidariteit {
            achterstandPerPartner = Map.copyOf(achterstandPerPartner);
            doelstanden = List.copyOf(doelstanden);
        }

        /** v2: the largest relative lag among the targets that count this candidate; 0 when none does. */
        double relatief(Kandidaat k) {
            double grootste = 0.0;
            boolean gevonden = false;
            for (Doelstand d : doelstanden) {
                if (d.telt(k)) {
                    double lag = d.relatieveAchterstand(vandaag);
                    grootste = gevonden ? Math.max(grootste, lag) : lag;
                    gevonden = true;
                }
            }
            return grootste;
        }
    }

    public record Verschuiving(String regel, UUID voor) {
    }

    public record Plek(int rang, Kandidaat kandidaat, boolean kwetsbaar, double achterstandPartner,
                       List<Verschuiving> verschuivingen) {
    }

    public record Rangorde(String regelsVersie, List<Plek> plekken) {
    }

    private Prioriteitsregels() {
    }

    /** {@value #VERSIE}. @param achterstand per partner code: expected-by-now minus realised placements (missing: no lag known, 0) */
    public static Rangorde rangschik(List<Kandidaat> kandidaten, Map<String, Double> achterstand) {
        return rangschik(kandidaten, achterstand, kandidaten.size());
    }

    /** The first {@code aantalPlekken} places by the rules of {@code versie} (one of {@link #VERSIES}). */
    public static Rangorde rangschik(String versie, List<Kandidaat> kandidaten, Solidariteit solidariteit, int aantalPlekken) {
        return switch (versie) {
            case VERSIE -> rangschik(kandidaten, solidariteit.achterstandPerPartner(), aantalPlekken);
            case VERSIE_V2 -> rangschik(VERSIE_V2, kandidaten, Prioriteitsregels::kwetsbaarV2, solidariteit::relatief, aantalPlekken);
            default -> throw new IllegalArgumentException("unknown priority rules version " + versie + "; known: " + VERSIES);
        };
    }

    /**
     * The first {@code plekken} places of the ranking (the whole order is decided; only the places asked for are
     * explained, each against the candidates of its own band, the only ones a rule can have passed).
     */
    public static Rangorde rangschik(List<Kandidaat> kandidaten, Map<String, Double> achterstand, int aantalPlekken) {
        return rangschik(VERSIE, kandidaten, Kandidaat::kwetsbaar, k -> achterstand.getOrDefault(k.partner(), 0.0), aantalPlekken);
    }

    private static Rangorde rangschik(String versie, List<Kandidaat> kandidaten, Predicate<Kandidaat> isKwetsbaar,
                                      ToDoubleFunction<Kandidaat> achterstand, int aantalPlekken) {
        Map<UUID, Boolean> kwetsbaar = new java.util.HashMap<>();
        Map<UUID, Double> lag = new java.util.HashMap<>();
        kandidaten.forEach(k -> {
            kwetsbaar.put(k.id(), isKwetsbaar.test(k));
            lag.put(k.id(), achterstand.applyAsDouble(k));
        });
        Comparator<Kandidaat> alleenGeschiktheid = Comparator.comparingDouble(Kandidaat::score).reversed()
                .thenComparing(Kandidaat::id);
        Comparator<Kandidaat> metRegels = Comparator.comparingInt((Kandidaat k) -> band(k.score())).reversed()
                .thenComparing(k -> !kwetsbaar.get(k.id()))
                .thenComparing(Comparator.comparingLong((Kandidaat k) -> Math.round(k.score())).reversed())
                .thenComparing(Comparator.comparingDouble((Kandidaat k) -> lag.get(k.id())).reversed())
                .thenComparing(alleenGeschiktheid);

        List<Kandidaat> definitief = kandidaten.stream().sorted(metRegels).toList();

        List<Plek> plekken = new ArrayList<>();
        for (int i = 0; i < Math.min(aantalPlekken, definitief.size()); i++) {
            Kandidaat k = definitief.get(i);
            List<Verschuiving> verschuivingen = new ArrayList<>();
            for (int j = i + 1; j < definitief.size() && band(definitief.get(j).score()) == band(k.score()); j++) {
                Kandidaat later = definitief.get(j);
                String regel = beslissendeRegel(kwetsbaar.get(k.id()), lag.get(k.id()), kwetsbaar.get(later.id()), lag.get(later.id()));
                boolean voorbijGestoken = later.score() > k.score();
                // between exactly equal scores the id order is arbitrary: if a rule decided, say so
                boolean gelijkEnBeslist = later.score() == k.score() && !regel.equals(GESCHIKTHEID);
                if (voorbijGestoken || gelijkEnBeslist) {
                    verschuivingen.add(new Verschuiving(regel, later.id()));
                }
            }
            plekken.add(new Plek(i + 1, k, kwetsbaar.get(k.id()), lag.get(k.id()), List.copyOf(verschuivingen)));
        }
        return new Rangorde(versie, List.copyOf(plekken));
    }

    private static String beslissendeRegel(boolean voorKwetsbaar, double voorLag, boolean naKwetsbaar, double naLag) {
        if (voorKwetsbaar != naKwetsbaar) {
            return REGEL_KWETSBAAR;
        }
        if (voorLag != naLag) {
            return REGEL_SOLIDARITEIT;
        }
        return GESCHIKTHEID;
    }

    /** Rule 5's vulnerable: a named vulnerable group, or a target group with a work disability. */
    public static boolean kwetsbaar(Collection<String> doelgroepen, Collection<String> kwetsbaarheden) {
        return !kwetsbaarheden.isEmpty() || doelgroepen.stream().anyMatch(KWETSBARE_DOELGROEPEN::contains);
    }

    /** v2's rule 5: v1's vulnerable, or on social assistance. */
    public static boolean kwetsbaarV2(Collection<String> doelgroepen, Collection<String> kwetsbaarheden) {
        return kwetsbaar(doelgroepen, kwetsbaarheden) || doelgroepen.contains(BIJSTAND);
    }

    private static boolean kwetsbaarV2(Kandidaat k) {
        return k.kwetsbaar() || k.doelgroepen().contains(BIJSTAND);
    }

    public static int band(double score) {
        return (int) Math.floor(score / BANDBREEDTE);
    }
}
