package nl.wsp.reporting.indicatordoel.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import nl.wsp.reporting.indicatordoel.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Het marktbewerkingsplan van één sector voor een jaar: per indicator het doel; vervangt het hele plan van die sector en dat jaar")
public record SectorplanInvoer(
        @NotBlank @Size(max = 100) @Schema(examples = "Midden-Brabant") String regio,
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Schema(examples = "2026") Integer jaar,
        @NotNull @Size(max = 4) List<@Valid @NotNull Planregel> indicatoren,
        @Size(max = 500) String toelichting) {

    public record Planregel(
            @NotBlank @Schema(enumeration = {Indicator.NPS, Indicator.BEDRIJFSBEZOEKEN, Indicator.EVENEMENTDEELNEMERS, Indicator.VACATURES_OPGEHAALD}, examples = "bedrijfsbezoeken") String indicator,
            @NotNull @JsonDeserialize(using = GeheelGetal.class) @Schema(examples = "120") Integer doel) {
    }
}
