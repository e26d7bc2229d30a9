package nl.wsp.matching.instrument.api;

import jakarta.annotation.Nullable;
import nl.wsp.matching.instrument.Fondsmutatie;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/** One municipality's deposit into its region's fund. {@code gemeente} is absent on deposits from before issue 18. */
public record StortingWeergave(@Schema(examples = "42") long id,
                               @Nullable @Schema(examples = "Tilburg") String gemeente,
                               @Schema(examples = "62500.00") BigDecimal bedrag,
                               @Nullable @Schema(examples = "2027-01") String periode,
                               @Schema(examples = "inleg Tilburg: 50 geplande plaatsingen à € 1250.00") String omschrijving,
                               @Schema(examples = "5b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e") String door,
                               @Schema(examples = "2027-01-05T09:00:00Z") Instant op) {

    public static StortingWeergave van(Fondsmutatie m) {
        return new StortingWeergave(m.id(), m.gemeente(), m.bedrag(), m.periode(), m.omschrijving(), m.door(), m.op());
    }
}
