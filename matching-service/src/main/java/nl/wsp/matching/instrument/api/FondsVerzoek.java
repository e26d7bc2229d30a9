package nl.wsp.matching.instrument.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

public record FondsVerzoek(@NotBlank String regio, @NotNull @DecimalMin("0.01") BigDecimal bedragPerGeplandePlaatsing) {
}
