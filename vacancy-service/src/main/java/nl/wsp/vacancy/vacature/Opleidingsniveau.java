package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The education level asked for (Dutch levels; {@code geen} when none is required). */
public enum Opleidingsniveau {
    @JsonProperty("geen") GEEN("geen"),
    @JsonProperty("vmbo") VMBO("vmbo"),
    @JsonProperty("mbo-1") MBO_1("mbo-1"),
    @JsonProperty("mbo-2") MBO_2("mbo-2"),
    @JsonProperty("mbo-3") MBO_3("mbo-3"),
    @JsonProperty("mbo-4") MBO_4("mbo-4"),
    @JsonProperty("havo") HAVO("havo"),
    @JsonProperty("vwo") VWO("vwo"),
    @JsonProperty("hbo") HBO("hbo"),
    @JsonProperty("wo") WO("wo");

    public final String code;

    Opleidingsniveau(String code) {
        this.code = code;
    }

    public static Opleidingsniveau van(String code) {
        for (Opleidingsniveau o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("onbekend opleidingsniveau " + code);
    }
}
