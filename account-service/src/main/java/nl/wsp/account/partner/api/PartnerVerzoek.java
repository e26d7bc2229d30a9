package nl.wsp.account.partner.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.wsp.account.partner.PartnerSoort;

/** Request to register a partner organisation. */
public record PartnerVerzoek(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "alleen kleine letters, cijfers en koppeltekens")
        String code,
        @NotBlank @Size(max = 200) String naam,
        @NotNull PartnerSoort soort,
        @NotBlank @Size(max = 100) String regio) {
}
