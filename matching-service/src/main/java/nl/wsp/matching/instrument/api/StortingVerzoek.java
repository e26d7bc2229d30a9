package nl.wsp.matching.instrument.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;

import java.math.BigDecimal;

/**
 * A municipality's deposit: its planned placements at the fund's amount per placement, or an amount of its own (one of
 * the two); optionally the month it is for.
 */
public record StortingVerzoek(
        @Schema(examples = "Tilburg", description = "Een gemeente van de arbeidsmarktregio van het fonds (referentiegegevens)") @NotBlank @Size(max = 100) String gemeente,
        @Schema(examples = "50", description = "Het aantal geplande plaatsingen; de inleg is dit maal het bedrag per geplande plaatsing van het fonds")
        @JsonDeserialize(using = GeheelGetal.class) @Min(1) @Max(100_000) Integer geplandePlaatsingen,
        @Schema(examples = "62500.00", description = "Of: een eigen bedrag (niet samen met geplandePlaatsingen)")
        @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal bedrag,
        @Schema(examples = "2027-01", description = "De maand waarvoor de inleg is (jjjj-mm); weglaten mag")
        @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "een maand als jjjj-mm") String periode) {
}
