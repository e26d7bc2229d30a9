package nl.wsp.reporting.indicatordoel.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import nl.wsp.reporting.indicatordoel.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Een doel voor een indicator anders dan plaatsingen: voor de hele regio, of voor één sector (een regel van het sectorplan)")
public record IndicatordoelInvoer(
        @NotBlank @Size(max = 100) @Schema(examples = "Midden-Brabant") String regio,
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Schema(examples = "2026") Integer jaar,
        @NotBlank @Schema(enumeration = {Indicator.NPS, Indicator.BEDRIJFSBEZOEKEN, Indicator.EVENEMENTDEELNEMERS, Indicator.VACATURES_OPGEHAALD}, examples = "bedrijfsbezoeken") String indicator,
        @Size(max = 64) @Schema(description = "sectorcode van de werkgevers van de regio (zoals in de werkgeversevents); weglaten voor de hele regio", examples = "logistiek") String sector,
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Schema(description = "aantal per jaar (niet negatief); voor nps de score van -100 tot en met 100", examples = "400") Integer doel,
        @Size(max = 500) String toelichting) {
}
