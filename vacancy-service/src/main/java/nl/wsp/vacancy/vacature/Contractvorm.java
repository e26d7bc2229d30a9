package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kind of contract offered. */
public enum Contractvorm {
    @JsonProperty("vast") VAST("vast"),
    @JsonProperty("tijdelijk") TIJDELIJK("tijdelijk"),
    @JsonProperty("uitzendwerk") UITZENDWERK("uitzendwerk"),
    @JsonProperty("detachering") DETACHERING("detachering"),
    @JsonProperty("leerwerkbaan") LEERWERKBAAN("leerwerkbaan"),
    @JsonProperty("oproep") OPROEP("oproep");

    public final String code;

    Contractvorm(String code) {
        this.code = code;
    }

    public static Contractvorm van(String code) {
        for (Contractvorm c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("onbekende contractvorm " + code);
    }
}
