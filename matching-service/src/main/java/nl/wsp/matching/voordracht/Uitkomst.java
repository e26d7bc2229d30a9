package nl.wsp.matching.voordracht;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The employer's outcome of a proposal, as clients send it. */
public enum Uitkomst {
    @JsonProperty("uitgenodigd") UITGENODIGD(Voordracht.Status.UITGENODIGD),
    @JsonProperty("aangenomen") AANGENOMEN(Voordracht.Status.AANGENOMEN),
    @JsonProperty("afgewezen") AFGEWEZEN(Voordracht.Status.AFGEWEZEN);

    final Voordracht.Status status;

    Uitkomst(Voordracht.Status status) {
        this.status = status;
    }
}
