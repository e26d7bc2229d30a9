package nl.wsp.matching.overdracht.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The receiving partner consents, naming the reference its own client system will push the candidate by. */
public record AanvaardingVerzoek(
        @Schema(description = "De eigen referentie van de ontvangende partner voor deze kandidaat (zoals bij aanleveren; geen BSN)",
                maxLength = 64, pattern = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}", examples = "SOEST-WERK-2027-0031")
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}", message = "1 tot 64 tekens: letters, cijfers en . _ : / -, beginnend met een letter of cijfer")
        String referentie) {
}
