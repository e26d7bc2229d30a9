package nl.wsp.reporting.kandidatenpool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression of one table of counts and its total (issue 18 items 5 and 7, docs/adr/0043). No count from 1 to
 * k − 1 is shown (primary suppression). So that the total cannot give one back by subtraction, what the shown cells leave
 * of the total (the hidden remainder) must itself be at least k and spread over at least two hidden cells: while it is
 * not, the smallest shown non-zero cell is hidden too (secondary suppression). A total from 1 to k − 1 is hidden itself,
 * and then every non-zero cell is. A zero is shown: it names no one. Plain logic, no framework: the rule has its own test.
 */
public final class Onderdrukking {

    /** A shown count ({@code onderdrukt} false) or a hidden one ({@code aantal} null, {@code onderdrukt} true). */
    public record Cel(Integer aantal, boolean onderdrukt) {

        static Cel getoond(int aantal) {
            return new Cel(aantal, false);
        }

        static final Cel VERBORGEN = new Cel(null, true);
    }

    /** The cells by code, in the order given, and the total. */
    public record Tabel(Map<String, Cel> cellen, Cel totaal) {

        public Cel cel(String code) {
            return cellen.getOrDefault(code, Cel.getoond(0));
        }
    }

    private Onderdrukking() {
    }

    public static Tabel pasToe(Map<String, Integer> tellingen, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        int totaal = tellingen.values().stream().mapToInt(Integer::intValue).sum();
        List<String> verborgen = new ArrayList<>();
        tellingen.forEach((code, n) -> {
            if (n > 0 && n < k) {
                verborgen.add(code);
            }
        });
        boolean totaalVerborgen = totaal > 0 && totaal < k;
        if (!totaalVerborgen && !verborgen.isEmpty()) {
            List<String> zichtbaar = new ArrayList<>(tellingen.keySet().stream()
                    .filter(c -> tellingen.get(c) > 0 && !verborgen.contains(c)).toList());
            zichtbaar.sort(Comparator.comparing((String c) -> tellingen.get(c)));
            while (verraadbaar(verborgen, tellingen, k) && !zichtbaar.isEmpty()) {
                verborgen.add(zichtbaar.remove(0));
            }
            totaalVerborgen = verraadbaar(verborgen, tellingen, k);
        }
        Map<String, Cel> cellen = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : tellingen.entrySet()) {
            boolean weg = verborgen.contains(e.getKey()) || (totaalVerborgen && e.getValue() > 0);
            cellen.put(e.getKey(), weg ? Cel.VERBORGEN : Cel.getoond(e.getValue()));
        }
        return new Tabel(cellen, totaalVerborgen ? Cel.VERBORGEN : Cel.getoond(totaal));
    }

    /** The hidden cells' sum, which the total minus the shown cells gives, would tell one cell or fewer than k people. */
    private static boolean verraadbaar(List<String> verborgen, Map<String, Integer> tellingen, int k) {
        if (verborgen.isEmpty()) {
            return false;
        }
        int rest = verborgen.stream().mapToInt(tellingen::get).sum();
        return verborgen.size() == 1 || rest < k;
    }
}
