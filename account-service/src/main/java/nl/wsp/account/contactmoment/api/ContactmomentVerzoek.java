package nl.wsp.account.contactmoment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.account.contactmoment.ContactSoort;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Record a contact: kind, date, the adviser who had it, a summary, optionally a follow-up promise with a due date, and the
 * services delivered ({@code diensten}: codes of the service catalogue, data/referentie/diensten.csv; none when left out).
 */
public record ContactmomentVerzoek(
        @Schema(examples = "bezoek") @NotNull ContactSoort soort,
        @Schema(examples = "2026-11-24") @NotNull LocalDate datum,
        @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @NotNull UUID adviseurId,
        @Schema(examples = "Kennismakingsbezoek: werkgever zoekt twee timmerlieden en wil meer weten over de no-riskpolis") @NotBlank @Size(max = 4000) String samenvatting,
        @Schema(examples = "Twee kandidaten voordragen") @Size(max = 1000) String vervolgafspraak,
        @Schema(examples = "2026-12-08") LocalDate vervolgUiterlijk,
        @Schema(examples = "[\"voordragen-kandidaten\", \"voorlichting-instrumenten\"]") @Size(max = 20) List<String> diensten) {
}
