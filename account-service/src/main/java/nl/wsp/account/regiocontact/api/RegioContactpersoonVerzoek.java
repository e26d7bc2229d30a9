package nl.wsp.account.regiocontact.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

/** The adviser who answers employers of sectors without a desk, and the phone number employers are given. */
public record RegioContactpersoonVerzoek(
        @NotNull UUID adviseurId,
        @NotNull @Pattern(regexp = Telefoonnummer.PATROON, message = Telefoonnummer.UITLEG) String telefoon) {
}
