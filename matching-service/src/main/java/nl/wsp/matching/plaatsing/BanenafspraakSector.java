package nl.wsp.matching.plaatsing;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.platform.opslag.MetCode;

/**
 * Where a Banenafspraak job counts (docs/adr/0045): the UWV's three columns of the jobs agreement, as in the region's
 * table "Realisatie banen sociaal akkoord" (market sector, government sector, hired in or seconded).
 */
public enum BanenafspraakSector implements MetCode {
    @JsonProperty("markt") MARKT,
    @JsonProperty("overheid") OVERHEID,
    @JsonProperty("inleen-detachering") INLEEN_DETACHERING;

    public static BanenafspraakSector van(String code) {
        return MetCode.van(BanenafspraakSector.class, code);
    }
}
