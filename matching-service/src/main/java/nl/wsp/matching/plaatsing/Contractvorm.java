package nl.wsp.matching.plaatsing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The contract of a placement: the same codes as a vacancy's {@code contractvorm} (docs/events.md). */
public enum Contractvorm {
    @JsonProperty("vast") VAST("vast"),
    @JsonProperty("tijdelijk") TIJDELIJK("tijdelijk"),
    @JsonProperty("uitzendwerk") UITZENDWERK("uitzendwerk"),
    @JsonProperty("detachering") DETACHERING("detachering"),
    @JsonProperty("leerwerkbaan") LEERWERKBAAN("leerwerkbaan"),
    @JsonProperty("oproep") OPROEP("oproep");

    private final String code;

    Contractvorm(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Contractvorm van(String code) {
        for (Contractvorm c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
