package nl.wsp.account.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wsp.account.partner.PartnerSoort;

/** Request to register a partner organisation. */
public record PartnerVerzoek(
        @Schema(examples = "gemeente-soest") @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "alleen kleine letters, cijfers en koppeltekens")
        String code,
        @Schema(examples = "Gemeente Soest") @NotBlank @Size(max = 200) String naam,
        @Schema(examples = "gemeente") @NotNull PartnerSoort soort,
        @Schema(examples = "Amersfoort") @NotBlank @Size(max = 100) String regio) {
}
