package nl.wsp.account.contactverzoek.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An employer asks for contact about {@code onderwerp}. */
public record ContactverzoekVerzoek(@NotNull UUID werkgeverId, @NotBlank @Size(max = 2000) String onderwerp) {
}
