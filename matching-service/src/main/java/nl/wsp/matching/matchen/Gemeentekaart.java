package nl.wsp.matching.matchen;

import nl.wsp.referentie.Arbeidsmarktregios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the municipalities of the 35 labour-market regions lie (their centroids, WGS84, from the reference file
 * data/referentie/arbeidsmarktregios.csv), for travel distance as the crow flies. Distance is a hard filter against
 * the candidate's own mobility, never part of suitability (rule 6). The match projection's place keys are computed
 * from this map: when the file changes, {@code Referentiedata} has the projection rewritten (ADR 0004, ADR 0006).
 */
public final class Gemeentekaart {

    private record Punt(double lat, double lon) {
    }

    private static final Map<String, Punt> GEMEENTEN = Arbeidsmarktregios.gemeenten().stream().collect(
            Collectors.toUnmodifiableMap(Arbeidsmarktregios.Gemeente::naam, g -> new Punt(g.lat(), g.lon())));

    /** Per municipality on the map every municipality on it, nearest first: the intake asks per candidate. */
    private static final Map<String, List<Afstand>> AFSTANDEN = GEMEENTEN.keySet().stream().collect(Collectors.toUnmodifiableMap(
            van -> van, van -> GEMEENTEN.keySet().stream().map(naar -> new Afstand(naar, afstandKm(van, naar).orElseThrow()))
                    .sorted(Comparator.comparingDouble(Afstand::km)).toList()));

    private record Afstand(String naar, double km) {
    }

    private Gemeentekaart() {
    }

    /** The municipalities on the map. */
    public static Set<String> gemeenten() {
        return GEMEENTEN.keySet();
    }

    /**
     * The municipalities on the map at most {@code km} from {@code van} (itself included), by {@link #afstandKm}'s
     * distances: exactly where {@code HardeFilters} lets someone living in {@code van} with that travel distance work.
     */
    public static List<String> binnen(String van, double km) {
        List<String> binnen = new ArrayList<>();
        for (Afstand a : AFSTANDEN.getOrDefault(van, List.of())) {
            if (a.km() > km) {
                break;
            }
            binnen.add(a.naar());
        }
        return binnen;
    }

    /** Kilometres between two municipalities as the crow flies; empty when one is unknown. */
    public static OptionalDouble afstandKm(String van, String naar) {
        if (van == null || naar == null) {
            return OptionalDouble.empty();
        }
        if (van.equals(naar)) {
            return OptionalDouble.of(0);
        }
        Punt a = GEMEENTEN.get(van);
        Punt b = GEMEENTEN.get(naar);
        if (a == null || b == null) {
            return OptionalDouble.empty();
        }
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return OptionalDouble.of(2 * 6371.0 * Math.asin(Math.sqrt(h)));
    }
}
