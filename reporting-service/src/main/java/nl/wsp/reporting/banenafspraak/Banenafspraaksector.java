package nl.wsp.reporting.banenafspraak;

import java.util.List;

/**
 * The sectors of the jobs agreement (docs/adr/0045), as matching-service's placements name them
 * ({@code banenafspraakSector} of {@code plaatsingen.*.v1}), in the order of the region's table "Realisatie banen sociaal
 * akkoord": market, government, hired in or seconded; jobs of events without a sector count under {@link #ONBEKEND}.
 */
public final class Banenafspraaksector {

    public static final String MARKT = "markt";
    public static final String OVERHEID = "overheid";
    public static final String INLEEN_DETACHERING = "inleen-detachering";
    public static final String ONBEKEND = "onbekend";

    /** The sectors a baseline is set for and every report shows. */
    public static final List<String> ALLE = List.of(MARKT, OVERHEID, INLEEN_DETACHERING);

    private Banenafspraaksector() {
    }

    /** The sector of an event's {@code banenafspraakSector}: a code this service does not know still counts, under its code. */
    static String van(String code) {
        return code == null || code.isBlank() ? ONBEKEND : code;
    }
}
