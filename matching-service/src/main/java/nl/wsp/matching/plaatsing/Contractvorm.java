package nl.wsp.matching.plaatsing;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.platform.opslag.MetCode;

/** The contract of a placement: the same codes as a vacancy's {@code contractvorm} (docs/events.md). */
public enum Contractvorm implements MetCode {
    @JsonProperty("vast") VAST,
    @JsonProperty("tijdelijk") TIJDELIJK,
    @JsonProperty("uitzendwerk") UITZENDWERK,
    @JsonProperty("detachering") DETACHERING,
    @JsonProperty("leerwerkbaan") LEERWERKBAAN,
    @JsonProperty("oproep") OPROEP;

    public static Contractvorm van(String code) {
        return MetCode.van(Contractvorm.class, code);
    }
}
