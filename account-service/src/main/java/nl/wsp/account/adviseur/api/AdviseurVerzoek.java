package nl.wsp.account.adviseur.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request to register an adviser: the partner employing them, their login name (token subject) and name. */
public record AdviseurVerzoek(
        @NotBlank @Size(max = 64) String partner,
        @NotBlank @Size(max = 200) String gebruikersnaam,
        @NotBlank @Size(max = 200) String naam) {
}
