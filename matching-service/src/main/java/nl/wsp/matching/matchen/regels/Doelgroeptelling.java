package nl.wsp.matching.matchen.regels;

import java.util.Collection;
import java.util.List;

/**
 * Whether a target of a target group counts a candidate's placement: this service's copy of the agreement reporting-service
 * counts by (its README, "Targets"; {@code nl.wsp.reporting.doelstelling.Doelgroepen}), so that v2's solidarity rule
 * lifts exactly the candidates whose placement would lower the lag. A placement has one main target group (UWV's
 * disability benefits first, then WW, then municipal) and two flags, met IBA and Banenafspraak. Bijstand, NUG and
 * mogelijk bijstand count without a work disability; with one they count towards {@code bijstand-nug-met-beperking}; WW
 * includes WW DSP; {@code alle} counts everyone.
 */
public final class Doelgroeptelling {

    static final List<String> HOOFD_VOLGORDE = List.of("wajong", "wia-wga", "wao", "ww-dsp", "ww", "mogelijk-bijstand", "bijstand", "nug");
    private static final List<String> GEMEENTELIJK = List.of("bijstand", "nug", "mogelijk-bijstand");

    private Doelgroeptelling() {
    }

    public static boolean telt(String doelgroep, Collection<String> doelgroepen) {
        String hoofd = HOOFD_VOLGORDE.stream().filter(doelgroepen::contains).findFirst().orElse(null);
        boolean metIba = doelgroepen.contains("met-iba");
        boolean banenafspraak = doelgroepen.contains("banenafspraak");
        return switch (doelgroep) {
            case "alle" -> true;
            case "banenafspraak" -> banenafspraak;
            case "met-iba" -> metIba;
            case "bijstand-nug-met-beperking" -> GEMEENTELIJK.contains(hoofd) && (metIba || banenafspraak);
            case "bijstand", "nug", "mogelijk-bijstand" -> doelgroep.equals(hoofd) && !metIba && !banenafspraak;
            case "ww" -> "ww".equals(hoofd) || "ww-dsp".equals(hoofd);
            default -> doelgroep.equals(hoofd);
        };
    }
}
