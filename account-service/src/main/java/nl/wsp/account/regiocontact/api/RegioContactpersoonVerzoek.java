package nl.wsp.account.regiocontact.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

/** The adviser who answers employers of sectors without a desk, and the phone number employers are given. */
public record RegioContactpersoonVerzoek(
        @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @NotNull UUID adviseurId,
        @Schema(examples = "033 422 3100") @NotNull @Pattern(regexp = Telefoonnummer.PATROON, message = Telefoonnummer.UITLEG) String telefoon) {
}
