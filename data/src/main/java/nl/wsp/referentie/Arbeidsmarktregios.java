package nl.wsp.referentie;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 35 labour-market regions and their 342 municipalities with centroids, read once from
 * {@code data/referentie/arbeidsmarktregios.csv} (its README gives the sources). Every service that needs a region or a
 * municipality asks here, so all four agree on the names.
 *
 * <p>Names are CBS's spelling. A client may write a name in any case, with a curly apostrophe, or without a province
 * suffix where that leaves one municipality ("Laren" is "Laren (NH.)"; "Bergen" is two and so matches none).
 */
public final class Arbeidsmarktregios {

    static final String BESTAND = "/wsp/referentie/arbeidsmarktregios.csv";

    /** One row of the file. {@code lat}/{@code lon}: WGS84 centroid of the municipality. */
    public record Gemeente(String regioCode, String regio, String code, String naam, double lat, double lon) {
    }

    private static final List<Gemeente> GEMEENTEN;
    private static final Map<String, Gemeente> OP_NAAM;
    private static final Set<String> REGIOS;

    static {
        List<Gemeente> gemeenten = Csv.lees(BESTAND, List.of("regio_code", "regio", "gemeente_code", "gemeente", "lat", "lon"))
                .stream().map(v -> new Gemeente(v.get(0), v.get(1), v.get(2), v.get(3), Double.parseDouble(v.get(4)),
                        Double.parseDouble(v.get(5)))).toList();
        Map<String, Gemeente> opNaam = new HashMap<>();
        Map<String, Integer> kaal = new HashMap<>();
        for (Gemeente g : gemeenten) {
            if (opNaam.put(sleutel(g.naam()), g) != null) {
                throw new IllegalStateException(BESTAND + ": " + g.naam() + " twice");
            }
            kaal.merge(sleutel(zonderToevoeging(g.naam())), 1, Integer::sum);
        }
        for (Gemeente g : gemeenten) {
            String k = sleutel(zonderToevoeging(g.naam()));
            if (kaal.get(k) == 1) {
                opNaam.putIfAbsent(k, g);
            }
        }
        GEMEENTEN = gemeenten;
        OP_NAAM = Map.copyOf(opNaam);
        Set<String> regios = new TreeSet<>();
        gemeenten.forEach(g -> regios.add(g.regio()));
        REGIOS = Collections.unmodifiableSet(regios);
    }

    private Arbeidsmarktregios() {
    }

    private static String zonderToevoeging(String naam) {
        return naam.replaceFirst("\\s*\\([^)]*\\)$", "");
    }

    private static String sleutel(String naam) {
        return naam.trim().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every municipality, in the file's order (by region, then name). */
    public static List<Gemeente> gemeenten() {
        return GEMEENTEN;
    }

    /** The municipality a client means, or empty when the name is unknown or ambiguous. */
    public static Optional<Gemeente> gemeente(String naam) {
        return naam == null ? Optional.empty() : Optional.ofNullable(OP_NAAM.get(sleutel(naam)));
    }

    /**
     * The municipality an organisation's name names, for a municipality's own partner: "Gemeente Tilburg" is Tilburg,
     * "gemeente Loon op Zand" Loon op Zand; empty when the rest of the name is no municipality (ADR 0041).
     */
    public static Optional<Gemeente> gemeenteVanOrganisatie(String organisatienaam) {
        return organisatienaam == null ? Optional.empty() : gemeente(organisatienaam.trim().replaceFirst("(?i)^gemeente\\s+", ""));
    }

    /** The names of the 35 regions, sorted. */
    public static Set<String> regios() {
        return REGIOS;
    }

    /** The municipalities of a region, in the file's order; empty for an unknown region. */
    public static List<Gemeente> gemeentenVan(String regio) {
        return GEMEENTEN.stream().filter(g -> g.regio().equals(regio)).toList();
    }

    /** Region → its municipalities' official names, regions sorted. */
    public static Map<String, List<String>> perRegio() {
        Map<String, List<String>> per = new LinkedHashMap<>();
        REGIOS.forEach(r -> per.put(r, gemeentenVan(r).stream().map(Gemeente::naam).toList()));
        return per;
    }
}
