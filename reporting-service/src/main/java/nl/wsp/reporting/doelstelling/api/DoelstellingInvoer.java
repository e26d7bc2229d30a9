package nl.wsp.reporting.doelstelling.api;

import nl.wsp.reporting.doelstelling.Doelstelling;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Een doelstelling: voor een partner óf voor een groep gemeenten van één regio")
public record DoelstellingInvoer(
        @NotBlank @Size(max = 100) @Schema(examples = "Amersfoort") String regio,
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(2000) @Max(2100) @Schema(examples = "2019") Integer jaar,
        @NotBlank @Schema(enumeration = {Doelstelling.PLAATSINGEN, Doelstelling.BANENAFSPRAAK_MARKT, Doelstelling.BANENAFSPRAAK_OVERHEID}, examples = "plaatsingen") String soort,
        @Size(max = 64) @Schema(description = "doelgroepcode (docs/events.md), bijstand-nug-met-beperking of alle; standaard alle (plaatsingen) of banenafspraak",
                examples = "bijstand") String doelgroep,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "een partnercode als gemeente-amersfoort") String partner,
        @Size(max = 100) List<@NotBlank String> gemeenten,
        @NotNull @JsonDeserialize(using = GeheelGetal.class) @Min(value = 0, message = "mag niet negatief zijn") @Max(1_000_000) @Schema(examples = "180") Integer aantal,
        @Size(max = 500) String toelichting) {
}
