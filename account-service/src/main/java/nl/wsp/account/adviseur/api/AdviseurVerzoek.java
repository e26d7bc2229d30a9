package nl.wsp.account.adviseur.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request to register an adviser: the partner employing them, their login name (token subject) and name. */
public record AdviseurVerzoek(
        @Schema(examples = "gemeente-amersfoort") @NotBlank @Size(max = 64) String partner,
        @Schema(examples = "j.vandenberg") @NotBlank @Size(max = 200) String gebruikersnaam,
        @Schema(examples = "Janneke van den Berg") @NotBlank @Size(max = 200) String naam) {
}
