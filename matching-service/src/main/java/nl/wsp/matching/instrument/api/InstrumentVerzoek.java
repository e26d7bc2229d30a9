package nl.wsp.matching.instrument.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.matching.instrument.Instrumentsoort;
import nl.wsp.platform.json.GeheelGetal;
import nl.wsp.platform.validatie.RedelijkeDatum;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A catalogue entry a partner offers. */
public record InstrumentVerzoek(@Schema(examples = "gemeente-amersfoort") @NotBlank @Size(max = 64) String partner, @Schema(examples = "jobcoaching") @NotNull Instrumentsoort soort,
                                @Schema(examples = "Jobcoaching bij plaatsing") @NotBlank @Size(max = 200) String naam, @Size(max = 2000) String voorwaarden,
                                @NotNull @RedelijkeDatum LocalDate geldigVan, @RedelijkeDatum LocalDate geldigTot,
                                @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(1200) Integer maxMaanden,
                                @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal maxBedrag) {
}
