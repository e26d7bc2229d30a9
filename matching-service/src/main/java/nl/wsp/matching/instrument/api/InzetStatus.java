package nl.wsp.matching.instrument.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.matching.instrument.InstrumentInzet;

/** Where a deployment request stands, as the API spells it (the domain's {@link InstrumentInzet.Status}). */
public enum InzetStatus {
    @JsonProperty("aangevraagd") AANGEVRAAGD,
    @JsonProperty("goedgekeurd") GOEDGEKEURD,
    @JsonProperty("afgewezen") AFGEWEZEN,
    @JsonProperty("verlopen") VERLOPEN;

    public static InzetStatus van(InstrumentInzet.Status status) {
        return valueOf(status.name());
    }

    public InstrumentInzet.Status domein() {
        return InstrumentInzet.Status.valueOf(name());
    }
}
