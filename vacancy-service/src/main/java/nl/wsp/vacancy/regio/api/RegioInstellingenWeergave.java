package nl.wsp.vacancy.regio.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A region's settings as the API shows them; {@code herkomst} says whether the region set its own or has the default. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegioInstellingenWeergave(
        @Schema(examples = "Amersfoort") String regio,
        @Schema(description = "De eigen-bestandstermijn die een vacature krijgt die nu opent (ISO-8601-duur)", examples = "PT24H")
        String eigenBestandTermijn,
        @Schema(description = "`regio`: door de beheerder van de regio ingesteld; `standaard`: de standaardwaarde van de dienst",
                enumeration = {"regio", "standaard"}, examples = "regio")
        String herkomst,
        @Schema(description = "Wanneer de regio haar instellingen het laatst wijzigde; afwezig als dat nooit gebeurde")
        @Nullable Instant gewijzigdOp,
        @Schema(description = "Wie dat deed (de `sub` van het token); afwezig als dat nooit gebeurde")
        @Nullable String gewijzigdDoor) {
}
