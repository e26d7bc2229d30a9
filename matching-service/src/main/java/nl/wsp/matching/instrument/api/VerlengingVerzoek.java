package nl.wsp.matching.instrument.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Extend an approved deployment once: a trial placement by at most 1 month (seed 004). */
public record VerlengingVerzoek(
        @Schema(examples = "1", description = "Hoeveel maanden erbij; ten hoogste de verlenging van de soort (proefplaatsing: 1)")
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(12) Integer maanden,
        @Schema(examples = "De werkgever wil de kandidaat nog een maand zien op de nachtdienst")
        @Size(max = 2000) String reden) {
}
