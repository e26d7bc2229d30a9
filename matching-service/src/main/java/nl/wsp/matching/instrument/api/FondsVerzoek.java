package nl.wsp.matching.instrument.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

public record FondsVerzoek(@Schema(examples = "Amersfoort") @NotBlank @Size(max = 100) String regio,
                           @Schema(examples = "250.00") @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal bedragPerGeplandePlaatsing) {
}
