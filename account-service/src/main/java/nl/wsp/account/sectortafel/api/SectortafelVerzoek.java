package nl.wsp.account.sectortafel.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.wsp.account.regiocontact.api.Telefoonnummer;

import java.util.Set;
import java.util.UUID;

/** A sector desk: its region, name, the sectors it covers (kebab codes as on employers) its contact adviser and (optional) the phone number employers call. */
public record SectortafelVerzoek(
        @Schema(examples = "Amersfoort") @NotBlank @Size(max = 100) String regio,
        @Schema(examples = "Sectortafel Bouw en Techniek Eemland") @NotBlank @Size(max = 200) String naam,
        @Schema(examples = "[\"bouw\", \"techniek\"]") @NotEmpty @Size(max = 50) Set<@NotNull @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "kleine letters, cijfers en koppeltekens") String> sectoren,
        @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @NotNull UUID contactAdviseurId,
        @Schema(examples = "033 422 3100") @Pattern(regexp = Telefoonnummer.PATROON, message = Telefoonnummer.UITLEG) String contactTelefoon) {
}
