package nl.wsp.matching.matchen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the municipalities of our regions lie (the town hall, WGS84), for travel distance as the crow flies.
 * Distance is a hard filter against the candidate's own mobility, never part of suitability (rule 6).
 */
public final class Gemeentekaart {

    private record Punt(double lat, double lon) {
    }

    private static final Map<String, Punt> GEMEENTEN = Map.ofEntries(
            Map.entry("Amersfoort", new Punt(52.1561, 5.3878)),
            Map.entry("Baarn", new Punt(52.2117, 5.2875)),
            Map.entry("Bunschoten", new Punt(52.2431, 5.3750)),
            Map.entry("Leusden", new Punt(52.1325, 5.4306)),
            Map.entry("Nijkerk", new Punt(52.2200, 5.4861)),
            Map.entry("Soest", new Punt(52.1733, 5.2917)),
            Map.entry("Woudenberg", new Punt(52.0806, 5.4167)),
            Map.entry("Hilversum", new Punt(52.2292, 5.1669)),
            Map.entry("Huizen", new Punt(52.2992, 5.2417)),
            Map.entry("Blaricum", new Punt(52.2725, 5.2417)),
            Map.entry("Eemnes", new Punt(52.2542, 5.2583)),
            Map.entry("Laren", new Punt(52.2567, 5.2250)),
            Map.entry("Gooise Meren", new Punt(52.2967, 5.1583)),
            Map.entry("Weesp", new Punt(52.3075, 5.0417)),
            Map.entry("Wijdemeren", new Punt(52.2250, 5.0917)),
            Map.entry("Roermond", new Punt(51.1942, 5.9870)),
            Map.entry("Echt-Susteren", new Punt(51.1033, 5.8744)),
            Map.entry("Maasgouw", new Punt(51.1583, 5.8833)),
            Map.entry("Roerdalen", new Punt(51.1500, 6.0333)),
            Map.entry("Leudal", new Punt(51.2500, 5.8833)),
            Map.entry("Weert", new Punt(51.2517, 5.7069)),
            Map.entry("Nederweert", new Punt(51.2858, 5.7486)),
            Map.entry("Tilburg", new Punt(51.5555, 5.0913)),
            Map.entry("Alphen-Chaam", new Punt(51.4867, 4.8617)),
            Map.entry("Baarle-Nassau", new Punt(51.4450, 4.9300)),
            Map.entry("Gilze en Rijen", new Punt(51.5850, 4.9233)),
            Map.entry("Dongen", new Punt(51.6267, 4.9383)),
            Map.entry("Goirle", new Punt(51.5200, 5.0667)),
            Map.entry("Heusden", new Punt(51.7317, 5.1383)),
            Map.entry("Hilvarenbeek", new Punt(51.4858, 5.1367)),
            Map.entry("Loon op Zand", new Punt(51.6275, 5.0750)),
            Map.entry("Oisterwijk", new Punt(51.5792, 5.1889)),
            Map.entry("Waalwijk", new Punt(51.6825, 5.0700)));

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
