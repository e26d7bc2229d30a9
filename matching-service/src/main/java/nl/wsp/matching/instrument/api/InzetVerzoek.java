package nl.wsp.matching.instrument.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.wsp.platform.json.GeheelGetal;
import nl.wsp.platform.validatie.RedelijkeDatum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A request to deploy an instrument for a candidate; the paying partner decides. */
public record InzetVerzoek(@NotNull UUID instrumentId, @NotNull UUID kandidaatId, @NotNull @RedelijkeDatum LocalDate startdatum,
                           @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(1200) Integer duurMaanden,
                           @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal bedrag,
                           @JsonDeserialize(using = GeheelGetal.class) @Min(0) @Max(100) Integer loonwaardePercentage) {
}
