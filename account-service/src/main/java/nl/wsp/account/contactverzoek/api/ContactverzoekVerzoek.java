package nl.wsp.account.contactverzoek.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An employer asks for contact about {@code onderwerp}. */
public record ContactverzoekVerzoek(@Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @NotNull UUID werkgeverId,
                                    @Schema(examples = "Wij zoeken twee medewerkers voor ons magazijn in Leusden en willen weten welke ondersteuning mogelijk is") @NotBlank @Size(max = 2000) String onderwerp) {
}
