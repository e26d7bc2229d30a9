package nl.wsp.reporting.realisatie.api;

import nl.wsp.reporting.doelstelling.Doelstelling;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A target and its realisation: percentage of the target, what was expected by the reference date, and the lag (&gt; 0 = behind). */
public record RealisatieRij(@Schema(examples = "b7d3f9a1-6e2c-4a8b-9d4f-1c7e5a3b0d26") UUID doelstellingId, @Schema(enumeration = {Doelstelling.PLAATSINGEN, Doelstelling.BANENAFSPRAAK_MARKT, Doelstelling.BANENAFSPRAAK_OVERHEID}, examples = "plaatsingen") String soort,
                            @Nullable @Schema(examples = "bijstand") String doelgroep, @Nullable String partner, @Nullable @Schema(examples = "[\"Amersfoort\", \"Leusden\"]") List<String> gemeenten,
                            @Schema(examples = "180") int doel, @Schema(examples = "151") int gerealiseerd, @Nullable @Schema(examples = "83.9") BigDecimal percentage,
                            @Schema(examples = "166") int verwachtTotNu, @Schema(examples = "15") int achterstand) {
}
