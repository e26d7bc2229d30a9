package nl.wsp.referentie;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The target-group codes ({@code data/referentie/doelgroepen.csv}): one list for every service, event and API. The
 * codes follow the benefits and statuses of docs/domain.md ("Target groups"); {@code kwetsbaar} marks the groups the
 * priority rule (rule 5) counts as vulnerable by themselves.
 */
public final class Doelgroepen {

    static final String BESTAND = "/wsp/referentie/doelgroepen.csv";

    public record Doelgroep(String code, String omschrijving, boolean kwetsbaar) {
    }

    private static final List<Doelgroep> ALLE = Csv.lees(BESTAND, List.of("code", "omschrijving", "kwetsbaar")).stream()
            .map(v -> new Doelgroep(v.get(0), v.get(1), switch (v.get(2)) {
                case "ja" -> true;
                case "nee" -> false;
                default -> throw new IllegalStateException(BESTAND + ": kwetsbaar is ja or nee, not " + v.get(2));
            })).toList();

    private Doelgroepen() {
    }

    public static List<Doelgroep> alle() {
        return ALLE;
    }

    /** The codes, in the file's order. */
    public static List<String> codes() {
        return ALLE.stream().map(Doelgroep::code).toList();
    }

    /** The codes that make a candidate vulnerable by themselves (rule 5). */
    public static Set<String> kwetsbaar() {
        return ALLE.stream().filter(Doelgroep::kwetsbaar).map(Doelgroep::code).collect(Collectors.toUnmodifiableSet());
    }
}
