package nl.wsp.matching.matchen.regels;

import nl.wsp.referentie.Doelgroepen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The priority rules on top of suitability, explicit and versioned; the version is recorded with every ranking.
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
 * The answer says which rule moved whom: for each candidate, the candidates it now precedes that had a higher
 * suitability — or exactly the same, where a rule rather than chance decided — and the rule that decided.
 */
public final class Prioriteitsregels {

    public static final String VERSIE = "prioriteit-v1";
    static final double BANDBREEDTE = 5.0;
    static final Set<String> KWETSBARE_DOELGROEPEN = Doelgroepen.kwetsbaar(); // data/referentie/doelgroepen.csv

    public static final String REGEL_KWETSBAAR = "regel-5-kwetsbaar-eerst";
    public static final String REGEL_SOLIDARITEIT = "regel-7-solidariteit";
    private static final String GESCHIKTHEID = "geschiktheid";

    /** @param kwetsbaar see {@link #kwetsbaar(Collection, Collection)} */
    public record Kandidaat(UUID id, String partner, double score, boolean kwetsbaar) {

        public Kandidaat(UUID id, String partner, double score, Set<String> doelgroepen, Set<String> kwetsbaarheden) {
            this(id, partner, score, Prioriteitsregels.kwetsbaar(doelgroepen, kwetsbaarheden));
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

    /** @param achterstand per partner code: expected-by-now minus realised placements (missing: no lag known, 0) */
    public static Rangorde rangschik(List<Kandidaat> kandidaten, Map<String, Double> achterstand) {
        return rangschik(kandidaten, achterstand, kandidaten.size());
    }

    /**
     * The first {@code plekken} places of the ranking (the whole order is decided; only the places asked for are
     * explained, each against the candidates of its own band, the only ones a rule can have passed).
     */
    public static Rangorde rangschik(List<Kandidaat> kandidaten, Map<String, Double> achterstand, int aantalPlekken) {
        Comparator<Kandidaat> alleenGeschiktheid = Comparator.comparingDouble(Kandidaat::score).reversed()
                .thenComparing(Kandidaat::id);
        Comparator<Kandidaat> metRegels = Comparator.comparingInt((Kandidaat k) -> band(k.score())).reversed()
                .thenComparing(k -> !k.kwetsbaar())
                .thenComparing(Comparator.comparingLong((Kandidaat k) -> Math.round(k.score())).reversed())
                .thenComparing(Comparator.comparingDouble((Kandidaat k) -> lag(achterstand, k)).reversed())
                .thenComparing(alleenGeschiktheid);

        List<Kandidaat> definitief = kandidaten.stream().sorted(metRegels).toList();

        List<Plek> plekken = new ArrayList<>();
        for (int i = 0; i < Math.min(aantalPlekken, definitief.size()); i++) {
            Kandidaat k = definitief.get(i);
            List<Verschuiving> verschuivingen = new ArrayList<>();
            for (int j = i + 1; j < definitief.size() && band(definitief.get(j).score()) == band(k.score()); j++) {
                Kandidaat later = definitief.get(j);
                String regel = beslissendeRegel(k, later, achterstand);
                boolean voorbijGestoken = later.score() > k.score();
                // between exactly equal scores the id order is arbitrary: if a rule decided, say so
                boolean gelijkEnBeslist = later.score() == k.score() && !regel.equals(GESCHIKTHEID);
                if (voorbijGestoken || gelijkEnBeslist) {
                    verschuivingen.add(new Verschuiving(regel, later.id()));
                }
            }
            plekken.add(new Plek(i + 1, k, k.kwetsbaar(), lag(achterstand, k), List.copyOf(verschuivingen)));
        }
        return new Rangorde(VERSIE, List.copyOf(plekken));
    }

    private static String beslissendeRegel(Kandidaat voor, Kandidaat na, Map<String, Double> achterstand) {
        if (voor.kwetsbaar() != na.kwetsbaar()) {
            return REGEL_KWETSBAAR;
        }
        if (lag(achterstand, voor) != lag(achterstand, na)) {
            return REGEL_SOLIDARITEIT;
        }
        return GESCHIKTHEID;
    }

    /** Rule 5's vulnerable: a named vulnerable group, or a target group with a work disability. */
    public static boolean kwetsbaar(Collection<String> doelgroepen, Collection<String> kwetsbaarheden) {
        return !kwetsbaarheden.isEmpty() || doelgroepen.stream().anyMatch(KWETSBARE_DOELGROEPEN::contains);
    }

    public static int band(double score) {
        return (int) Math.floor(score / BANDBREEDTE);
    }

    private static double lag(Map<String, Double> achterstand, Kandidaat k) {
        return achterstand.getOrDefault(k.partner(), 0.0);
    }
}
