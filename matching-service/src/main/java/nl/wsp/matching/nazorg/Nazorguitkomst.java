package nl.wsp.matching.nazorg;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.platform.opslag.MetCode;

/** How a placement is doing at a check-in. */
public enum Nazorguitkomst implements MetCode {
    @JsonProperty("goed") GOED,
    @JsonProperty("aandachtspunt") AANDACHTSPUNT,
    @JsonProperty("risico-op-uitval") RISICO_OP_UITVAL
}
