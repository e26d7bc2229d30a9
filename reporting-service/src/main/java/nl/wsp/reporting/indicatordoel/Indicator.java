package nl.wsp.reporting.indicatordoel;

import java.util.List;

/**
 * The indicators a target beyond placements can be set for (docs/adr/0039): the "kwantitatieve prestatie-indicatoren"
 * of the market plan (source 001). Three are counts, added up over months ({@link #optelbaar}); {@code nps} is a score
 * from -100 to 100 over the responses of the year's measuring rounds, not a sum.
 */
public final class Indicator {

    /** Net Promoter Score: % promoters (9–10) minus % detractors (0–6) of the year's responses; -100 to 100. */
    public static final String NPS = "nps";
    /** Company visits: contact moments of kind {@code bezoek}. */
    public static final String BEDRIJFSBEZOEKEN = "bedrijfsbezoeken";
    /** Participants in employer events: employers plus candidates present, by the event's date. */
    public static final String EVENEMENTDEELNEMERS = "evenementdeelnemers";
    /** Vacancies collected: vacancies opened ({@code vacatures.geopend}), by the month they were opened. */
    public static final String VACATURES_OPGEHAALD = "vacatures-opgehaald";

    public static final List<String> ALLE = List.of(NPS, BEDRIJFSBEZOEKEN, EVENEMENTDEELNEMERS, VACATURES_OPGEHAALD);

    private Indicator() {
    }

    public static boolean bestaat(String indicator) {
        return ALLE.contains(indicator);
    }

    public static boolean optelbaar(String indicator) {
        return !NPS.equals(indicator);
    }
}
