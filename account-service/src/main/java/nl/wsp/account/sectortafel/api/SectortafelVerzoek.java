package nl.wsp.account.sectortafel.api;

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
        @NotBlank @Size(max = 100) String regio,
        @NotBlank @Size(max = 200) String naam,
        @NotEmpty @Size(max = 50) Set<@NotNull @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "kleine letters, cijfers en koppeltekens") String> sectoren,
        @NotNull UUID contactAdviseurId,
        @Pattern(regexp = Telefoonnummer.PATROON, message = Telefoonnummer.UITLEG) String contactTelefoon) {
}
