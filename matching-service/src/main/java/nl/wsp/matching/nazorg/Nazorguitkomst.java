package nl.wsp.matching.nazorg;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a placement is doing at a check-in. */
public enum Nazorguitkomst {
    @JsonProperty("goed") GOED,
    @JsonProperty("aandachtspunt") AANDACHTSPUNT,
    @JsonProperty("risico-op-uitval") RISICO_OP_UITVAL;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
