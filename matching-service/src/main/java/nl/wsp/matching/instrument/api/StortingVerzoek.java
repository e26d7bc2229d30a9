package nl.wsp.matching.instrument.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.wsp.platform.json.GeheelGetal;

public record StortingVerzoek(@Schema(examples = "50") @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(100_000) Integer geplandePlaatsingen) {
}
