package nl.wsp.matching.instrument.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
public record InzetVerzoek(@Schema(examples = "8f1e3d5c-7b9a-4e2c-b4d6-0a1c3e5f7b92") @NotNull UUID instrumentId, @Schema(examples = "7c1a9e42-3b5d-4e8f-9a6c-0d2b4f8e1a67") @NotNull UUID kandidaatId, @NotNull @RedelijkeDatum LocalDate startdatum,
                           @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(1200) Integer duurMaanden,
                           @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal bedrag,
                           @JsonDeserialize(using = GeheelGetal.class) @Min(0) @Max(100) Integer loonwaardePercentage,
                           @Schema(description = "Alleen buiten de menukaart van de regio van de kandidaat: de afwijking die het MT goedkeurde (wie, wanneer, waarom)")
                           @jakarta.validation.Valid MenukaartAfwijking menukaartAfwijking) {
}
