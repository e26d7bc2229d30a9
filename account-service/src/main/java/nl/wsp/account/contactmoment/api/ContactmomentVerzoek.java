package nl.wsp.account.contactmoment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.account.contactmoment.ContactSoort;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Record a contact: kind, date, the adviser who had it, a summary, optionally a follow-up promise with a due date, and the
 * services delivered ({@code diensten}: codes of the service catalogue, data/referentie/diensten.csv; none when left out).
 */
public record ContactmomentVerzoek(
        @NotNull ContactSoort soort,
        @NotNull LocalDate datum,
        @NotNull UUID adviseurId,
        @NotBlank @Size(max = 4000) String samenvatting,
        @Size(max = 1000) String vervolgafspraak,
        LocalDate vervolgUiterlijk,
        @Size(max = 20) List<String> diensten) {
}
