package nl.wsp.matching.instrument.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.wsp.platform.json.GeheelGetal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One line of a region's menu: whether the region offers the kind, and its regional limits (within the kind's). */
public record MenukaartregelVerzoek(
        @Schema(examples = "true", description = "Of de regio deze soort aanbiedt; false haalt hem van de menukaart")
        @NotNull Boolean aangeboden,
        @Schema(examples = "24", description = "Ten hoogste zoveel maanden in deze regio; binnen de grens van de soort")
        @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(1200) Integer maxMaanden,
        @Schema(examples = "2500.00", description = "Ten hoogste dit bedrag in deze regio; binnen de grens van de soort")
        @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal maxBedrag) {
}
