package nl.wsp.reporting.realisatie;

import nl.wsp.reporting.doelstelling.Doelgroepen;

import java.util.List;

/**
 * The columns of the region's placement table (placements-2018-amersfoort.csv): a placement's main target group and
 * its "met IBA" flag decide its column. UWV benefits with IBA share one column (WW/WGA met IBA); WAO and codes the table
 * has no column for fall under Overig; a placement without a target group is Onbekend. A column of one target group
 * has that group's code (data/referentie/doelgroepen.csv): {@code wia-wga}, not the source's header WGA.
 */
public record Rapportkolom(String code, String naam) {

    public static final List<Rapportkolom> ALLE = List.of(
            new Rapportkolom("ww", "WW"),
            new Rapportkolom("ww-dsp", "WW DSP"),
            new Rapportkolom("wajong", "Wajong"),
            new Rapportkolom("wia-wga", "WGA"),
            new Rapportkolom("mogelijk-bijstand", "Mogelijk Bijstand"),
            new Rapportkolom("bijstand", "Bijstand"),
            new Rapportkolom("nug", "NUG"),
            new Rapportkolom("mogelijk-bijstand-met-iba", "Mogelijk Bijstand met IBA"),
            new Rapportkolom("bijstand-met-iba", "Bijstand met IBA"),
            new Rapportkolom("nug-met-iba", "NUG met IBA"),
            new Rapportkolom("ww-wga-met-iba", "WW/WGA met IBA"),
            new Rapportkolom("onbekend-met-iba", "Onbekend met IBA"),
            new Rapportkolom("onbekend", "Onbekend"),
            new Rapportkolom("overig", "Overig"));

    public static String kolom(String hoofddoelgroep, boolean metIba) {
        if (Doelgroepen.OVERIG.equals(hoofddoelgroep)) {
            return "overig";
        }
        if (!metIba) {
            return switch (hoofddoelgroep) {
                case "wao" -> "overig";
                default -> hoofddoelgroep;
            };
        }
        return switch (hoofddoelgroep) {
            case "mogelijk-bijstand", "bijstand", "nug", "onbekend" -> hoofddoelgroep + "-met-iba";
            default -> "ww-wga-met-iba";
        };
    }
}
