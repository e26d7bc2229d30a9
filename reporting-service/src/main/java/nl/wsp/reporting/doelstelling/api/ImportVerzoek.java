package nl.wsp.reporting.doelstelling.api;

import nl.wsp.reporting.doelstelling.Doelstelling;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.wsp.platform.json.GeheelGetal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Een CSV-bestand met doelstellingen, zoals wsp-targets-2019-amersfoort.csv (soort plaatsingen) of "
        + "banenafspraak-targets-market/government-amersfoort.csv (soort banenafspraak-markt/-overheid)")
public record ImportVerzoek(
        @NotBlank @Size(max = 100) @Schema(examples = "Amersfoort") String regio,
        @NotBlank @Schema(enumeration = {Doelstelling.PLAATSINGEN, Doelstelling.BANENAFSPRAAK_MARKT, Doelstelling.BANENAFSPRAAK_OVERHEID}, examples = "plaatsingen") String soort,
        @JsonDeserialize(using = GeheelGetal.class) @Min(2000) @Max(2100) @Schema(description = "plaatsingen: het jaar (anders uit kolom target_<jaar>); banenafspraak: alleen dit jaar importeren", examples = "2019")
        Integer jaar,
        @NotBlank @Size(max = 200_000) @Schema(description = "de inhoud van het CSV-bestand, met kopregel",
                examples = "placement_kind,municipalities,target_2019\nWW,region,180\nBijstand,Amersfoort+Leusden,180\nNUG,Amersfoort+Leusden,40\n") String csv) {
}
