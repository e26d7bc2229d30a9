package nl.wsp.matching.kandidaat;

import nl.wsp.matching.matchen.regels.Matchsleutel;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.matching.matchen.Gemeentekaart;
import nl.wsp.matching.matchen.regels.Geschiktheid;
import nl.wsp.matching.matchen.regels.Prioriteitsregels;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A candidate's row in the match projection {@code kandidaat_match} (migrations V51, V52): what the SQL pre-selection needs
 * to find the candidates a vacancy can use and to bound their suitability, as 32-bit {@link Matchsleutel keys} in
 * integer arrays that GIN indexes answer. It is computed here, in Java, from the same profile the intake stores, and
 * written in the same statement as the candidate; no personal data goes in.
 *
 * @param kwetsbaar     vulnerable in the sense of priority rule 5
 * @param kenmerken     keys of (related occupation group, municipality), of the municipalities and of the skills, in
 *                      one GIN-indexed array: "related, may work there and holds every required skill" is one index
 *                      scan, and the mobility filter is answered exactly by it (the municipalities are those of
 *                      {@link #werkgebied})
 * @param beroepen      keys of the desired and experienced occupations
 * @param groepen       keys of the ISCO unit and minor groups of the desired occupations
 * @param ervaring      keys of the experienced occupations and of their ISCO unit groups, with
 * @param ervaringJaren the years of experience in each (a group: the sum over its occupations)
 * @param opleiding     the education level's index in {@code Geschiktheid.OPLEIDINGSNIVEAUS}, -1 when unknown
 */
public record Matchprojectie(int uren, boolean rijbewijs, boolean kwetsbaar, int[] kenmerken, int[] beroepen, int[] groepen, int[] ervaring,
                             @JsonProperty("ervaring_jaren") double[] ervaringJaren, int opleiding) {

    /**
     * @param iscoGroep the 4-digit ISCO group of an ESCO occupation URI, null when unknown
     */
    public static Matchprojectie van(String woongemeente, List<String> doelgroepen, Profiel p,
                                     Function<String, String> iscoGroep) {
        List<String> gewenst = lijst(p.gewensteBeroepen());
        List<Profiel.Werkervaring> werkervaring = p.werkervaring() == null ? List.of() : p.werkervaring();

        Set<String> alleBeroepen = new LinkedHashSet<>(gewenst);
        werkervaring.forEach(w -> alleBeroepen.add(w.beroep()));

        Sleutels groepen = new Sleutels();
        for (String beroep : gewenst) {
            String isco = iscoGroep.apply(beroep);
            if (isco != null) {
                groepen.voegToe(Matchsleutel.iscoGroep(isco));
                if (isco.length() == 4) {
                    groepen.voegToe(Matchsleutel.iscoGroep(isco.substring(0, 3)));
                }
            }
        }

        // keys that happen to be shared add up their years: a bound may grow, never shrink
        Map<Integer, Double> ervaring = new TreeMap<>();
        for (Profiel.Werkervaring w : werkervaring) {
            double jaren = w.jaren() == null ? 0 : w.jaren().doubleValue();
            ervaring.merge(Matchsleutel.beroep(w.beroep()), jaren, Double::sum);
            String isco = iscoGroep.apply(w.beroep());
            if (isco != null) {
                ervaring.merge(Matchsleutel.iscoGroep(isco), jaren, Double::sum);
            }
        }

        Sleutels verwantschapsgroepen = new Sleutels();
        alleBeroepen.forEach(b -> verwantschapsgroepen.voegToe(Matchsleutel.verwantschapsgroep(b, iscoGroep.apply(b))));
        int[] verwant = verwantschapsgroepen.gesorteerd();

        Sleutels kenmerken = new Sleutels();
        for (String plaats : werkgebied(woongemeente, p.mobiliteit())) {
            int bereikbaar = Matchsleutel.bereikbaar(plaats);
            kenmerken.voegToe(bereikbaar);
            for (int groep : verwant) {
                kenmerken.voegToe(Matchsleutel.verwant(groep, bereikbaar));
            }
        }
        lijst(p.vaardigheden()).forEach(v -> kenmerken.voegToe(Matchsleutel.vaardigheid(v)));

        Sleutels beroepen = new Sleutels();
        alleBeroepen.forEach(b -> beroepen.voegToe(Matchsleutel.beroep(b)));

        return new Matchprojectie(p.urenPerWeek() == null ? 0 : p.urenPerWeek(),
                p.rijbewijzen() != null && !p.rijbewijzen().isEmpty(),
                Prioriteitsregels.kwetsbaar(lijst(doelgroepen), lijst(p.kwetsbaarheden())), kenmerken.gesorteerd(),
                beroepen.gesorteerd(), groepen.gesorteerd(), ervaring.keySet().stream().mapToInt(Integer::intValue).toArray(),
                ervaring.values().stream().mapToDouble(Double::doubleValue).toArray(),
                Geschiktheid.niveau(p.opleidingsniveau()));
    }

    /**
     * Every municipality the hard mobility filter ({@code HardeFilters}) lets this candidate work in: the named ones,
     * the own one (also when it is not on the map; not with a negative travel distance), and with a travel distance
     * every municipality on the map within it. Whether a vacancy's work location is among them is then one key.
     */
    static Set<String> werkgebied(String woongemeente, Profiel.Mobiliteit mobiliteit) {
        Set<String> plaatsen = new HashSet<>(mobiliteit == null ? List.of() : lijst(mobiliteit.gemeenten()));
        Integer maxKm = mobiliteit == null ? null : mobiliteit.maximaleReisafstandKm();
        if (woongemeente != null && (maxKm == null || maxKm >= 0)) {
            plaatsen.add(woongemeente);
        }
        if (woongemeente != null && maxKm != null) {
            plaatsen.addAll(Gemeentekaart.binnen(woongemeente, maxKm));
        }
        return plaatsen;
    }

    private static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : lijst;
    }

    /**
     * A candidate's keys (a few hundred: every municipality of the work area times each related group) gathered as
     * plain ints and given sorted, without repeats, as the GIN-indexed arrays are stored; boxing them one by one into
     * a sorted set was the intake's largest cost in Java (docs/performance.md, "bulk candidate intake").
     */
    private static final class Sleutels {
        private int[] waarden = new int[32];
        private int aantal;

        void voegToe(int sleutel) {
            if (aantal == waarden.length) {
                waarden = Arrays.copyOf(waarden, aantal * 2);
            }
            waarden[aantal++] = sleutel;
        }

        int[] gesorteerd() {
            int[] a = Arrays.copyOf(waarden, aantal);
            Arrays.sort(a);
            int n = 0;
            for (int k = 0; k < a.length; k++) {
                if (n == 0 || a[k] != a[n - 1]) {
                    a[n++] = a[k];
                }
            }
            return n == a.length ? a : Arrays.copyOf(a, n);
        }
    }
}
