package nl.wsp.matching.instrument.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A request to deploy an instrument for a candidate; the paying partner decides. */
public record InzetVerzoek(@NotNull UUID instrumentId, @NotNull UUID kandidaatId, @NotNull LocalDate startdatum,
                           @Min(1) Integer duurMaanden, @DecimalMin("0.01") BigDecimal bedrag,
                           @Min(0) @Max(100) Integer loonwaardePercentage) {
}
