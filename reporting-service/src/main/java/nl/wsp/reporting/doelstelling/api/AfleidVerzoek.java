package nl.wsp.reporting.doelstelling.api;

import nl.wsp.reporting.doelstelling.Doelstelling;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;

@Schema(description = "Gemeentelijke doelstellingen afleiden uit een landelijke doelstelling, het aandeel van de regio en de aandelen van de gemeenten")
public record AfleidVerzoek(
        @NotBlank @Schema(examples = "Amersfoort") String regio,
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(2000) @Max(2100) @Schema(examples = "2026") Integer jaar,
        @NotBlank @Schema(enumeration = {Doelstelling.PLAATSINGEN, Doelstelling.BANENAFSPRAAK_MARKT, Doelstelling.BANENAFSPRAAK_OVERHEID}, examples = "banenafspraak-markt") String soort,
        @Size(max = 64) @Schema(description = "standaard alle (plaatsingen) of banenafspraak") String doelgroep,
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(value = 0, message = "mag niet negatief zijn") @Schema(examples = "9000") Integer landelijkDoel,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Schema(examples = "1.86") BigDecimal regioAandeelProcent,
        @NotNull @NotEmpty @Schema(description = "aandeel per gemeente in procenten van de regio; samen 100",
                examples = "{\"Amersfoort\": 55.2, \"Soest\": 14.1, \"Baarn\": 7.6, \"Leusden\": 9.8, \"Bunschoten\": 7.3, \"Woudenberg\": 6.0}")
        LinkedHashMap<String, @NotNull @DecimalMin("0") BigDecimal> gemeenteAandelen) {
}
