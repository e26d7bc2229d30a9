package nl.wsp.matching.instrument.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record StortingVerzoek(@NotNull @Min(1) @Max(100_000) Integer geplandePlaatsingen) {
}
