package nl.wsp.account.contactmoment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.account.contactmoment.ContactSoort;

import java.time.LocalDate;
import java.util.UUID;

/** Record a contact: kind, date, the adviser who had it, a summary, and optionally a follow-up promise with a due date. */
public record ContactmomentVerzoek(
        @NotNull ContactSoort soort,
        @NotNull LocalDate datum,
        @NotNull UUID adviseurId,
        @NotBlank @Size(max = 4000) String samenvatting,
        @Size(max = 1000) String vervolgafspraak,
        LocalDate vervolgUiterlijk) {
}
