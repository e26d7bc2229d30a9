package nl.wsp.account.werkgever;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Municipalities and their labour-market region (shared/data/regions.csv): an employer's region follows its municipality. */
public final class Gemeenten {

    private static final Map<String, String> REGIO = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String g : new String[]{"Amersfoort", "Baarn", "Bunschoten", "Leusden", "Nijkerk", "Soest", "Woudenberg"}) {
            REGIO.put(g, "Amersfoort");
        }
        for (String g : new String[]{"Hilversum", "Huizen", "Blaricum", "Eemnes", "Laren", "Gooise Meren", "Weesp", "Wijdemeren"}) {
            REGIO.put(g, "Gooi en Vechtstreek");
        }
        for (String g : new String[]{"Roermond", "Echt-Susteren", "Maasgouw", "Roerdalen", "Leudal", "Weert", "Nederweert"}) {
            REGIO.put(g, "Midden-Limburg");
        }
        for (String g : new String[]{"Tilburg", "Alphen-Chaam", "Baarle-Nassau", "Gilze en Rijen", "Dongen", "Goirle", "Heusden",
                "Hilvarenbeek", "Loon op Zand", "Oisterwijk", "Waalwijk"}) {
            REGIO.put(g, "Midden-Brabant");
        }
    }

    private Gemeenten() {
    }

    public static Optional<String> regioVan(String gemeente) {
        return Optional.ofNullable(gemeente).map(REGIO::get);
    }

    /** The municipality as the registry spells it ("amersfoort" → "Amersfoort"). */
    public static String officieleNaam(String gemeente) {
        return REGIO.keySet().stream().filter(g -> g.equalsIgnoreCase(gemeente)).findFirst().orElse(gemeente);
    }

    public static Set<String> regios() {
        return new TreeSet<>(REGIO.values());
    }
}
