package nl.wsp.reporting.banenafspraak.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import nl.wsp.platform.validatie.RedelijkeDatum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(description = "De nulmeting van een regio en sector: het aantal banen op de peildatum, het einde van een kwartaal")
public record NulmetingInvoer(
        @NotBlank @Size(max = 100) @Schema(examples = "Amersfoort") String regio,
        @NotNull @RedelijkeDatum @Schema(examples = "2012-12-31", description = "Het einde van een kwartaal") LocalDate peildatum,
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(value = 0, message = "niet negatief") @Max(value = 1_000_000, message = "ten hoogste 1000000") @Schema(examples = "1240") Integer aantal) {
}
