package nl.wsp.matching.overdracht.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.matching.overdracht.Overdracht;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The owner offers its candidate to another partner of the region. */
public record OverdrachtVerzoek(
        @Schema(examples = "3f6b8d0e-2a4c-4e6f-8a1b-3c5d7e9f1a2b") @NotNull java.util.UUID kandidaatId,
        @Schema(description = "De code van de ontvangende partner, een actieve partner van dezelfde regio", examples = "gemeente-soest")
        @NotBlank @Size(max = 100) String naarPartner,
        @Schema(examples = "einde-ww") @NotNull Overdracht.Reden reden) {
}
