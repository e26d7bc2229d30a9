package nl.wsp.reporting.doelstelling;

import java.util.ArrayList;
import java.util.List;

/**
 * The target-group codes (data/referentie/doelgroepen.csv) and how a placement and a target relate to them.
 * A placement has one main target group (its benefit or status; 'onbekend' when it names none, 'overig' when it
 * names only groups the reports have no column for) and two cross-cutting flags: met IBA and Banenafspraak.
 */
public final class Doelgroepen {

    /** The codes of data/referentie/doelgroepen.csv, the same in every service. */
    public static final List<String> CODES = nl.wsp.referentie.Doelgroepen.codes();
    public static final String ALLE = "alle";
    public static final String BIJSTAND_NUG_MET_BEPERKING = "bijstand-nug-met-beperking";
    public static final String ONBEKEND = "onbekend";
    public static final String OVERIG = "overig";
    public static final String MET_IBA = "met-iba";
    public static final String BANENAFSPRAAK = "banenafspraak";

    /** Which group is the main one when a candidate belongs to several: UWV's disability benefits first, then WW, then municipal. */
    static final List<String> HOOFD_VOLGORDE = List.of("wajong", "wia-wga", "wao", "ww-dsp", "ww", "mogelijk-bijstand", "bijstand", "nug");

    /** What a target may be set for: any code, all placements, or social assistance/no benefit with a work disability. */
    public static final List<String> VOOR_DOELSTELLING;

    static {
        List<String> codes = new ArrayList<>(CODES);
        codes.add(BIJSTAND_NUG_MET_BEPERKING);
        codes.add(ALLE);
        VOOR_DOELSTELLING = List.copyOf(codes);
    }

    private Doelgroepen() {
    }

    public static String hoofddoelgroep(List<String> doelgroepen) {
        if (doelgroepen == null || doelgroepen.isEmpty()) {
            return ONBEKEND;
        }
        for (String kandidaat : HOOFD_VOLGORDE) {
            if (doelgroepen.contains(kandidaat)) {
                return kandidaat;
            }
        }
        boolean alleenVlaggen = doelgroepen.stream().allMatch(d -> MET_IBA.equals(d) || BANENAFSPRAAK.equals(d));
        return alleenVlaggen ? ONBEKEND : OVERIG;
    }

    /**
     * The SQL condition on plaatsingen_per_gemeente and plaatsingen_per_partner (columns doelgroep, met_iba, banenafspraak) for the placements that count
     * towards a target of this target group. Built from constants only, never from client input.
     * Bijstand, NUG and mogelijk bijstand count without a work disability; with one they count towards
     * {@code bijstand-nug-met-beperking} (the Amersfoort targets set them apart).
     */
    public static String sqlFilter(String doelgroep) {
        return switch (doelgroep) {
            case ALLE -> "TRUE";
            case BANENAFSPRAAK -> "banenafspraak";
            case MET_IBA -> "met_iba";
            case BIJSTAND_NUG_MET_BEPERKING -> "doelgroep IN ('bijstand', 'nug', 'mogelijk-bijstand') AND (met_iba OR banenafspraak)";
            case "bijstand", "nug", "mogelijk-bijstand" -> "doelgroep = '" + doelgroep + "' AND NOT met_iba AND NOT banenafspraak";
            case "ww" -> "doelgroep IN ('ww', 'ww-dsp')";
            default -> {
                if (!CODES.contains(doelgroep)) {
                    throw new IllegalArgumentException("onbekende doelgroep " + doelgroep);
                }
                yield "doelgroep = '" + doelgroep + "'";
            }
        };
    }

    /** The same rule as {@link #sqlFilter(String)}, for counts already read: does a placement count towards the target? */
    public static boolean telt(String doelgroep, String hoofddoelgroep, boolean metIba, boolean banenafspraak) {
        return switch (doelgroep) {
            case ALLE -> true;
            case BANENAFSPRAAK -> banenafspraak;
            case MET_IBA -> metIba;
            case BIJSTAND_NUG_MET_BEPERKING -> List.of("bijstand", "nug", "mogelijk-bijstand").contains(hoofddoelgroep) && (metIba || banenafspraak);
            case "bijstand", "nug", "mogelijk-bijstand" -> doelgroep.equals(hoofddoelgroep) && !metIba && !banenafspraak;
            case "ww" -> "ww".equals(hoofddoelgroep) || "ww-dsp".equals(hoofddoelgroep);
            default -> doelgroep.equals(hoofddoelgroep);
        };
    }
}
