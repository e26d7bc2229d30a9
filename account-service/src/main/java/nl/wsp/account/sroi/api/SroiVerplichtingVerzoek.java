package nl.wsp.account.sroi.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wsp.account.sroi.SroiStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Record or change a social return obligation (docs/adr/0032). {@code opdrachtgever} is required on recording and may
 * not change; {@code status} is only read on a change ({@code lopend} or {@code gesloten}; left out: unchanged).
 */
public record SroiVerplichtingVerzoek(
        @Schema(examples = "Onderhoud openbare ruimte 2025-2027", description = "De aanbesteding of het contract waar de verplichting uit komt") @NotBlank @Size(max = 200) String aanbesteding,
        @Schema(examples = "gemeente-amersfoort", description = "De partner (gemeente) wiens aanbesteding het is, van de regio van de werkgever") @Size(max = 64) String opdrachtgever,
        @Schema(examples = "90000.00", description = "De verplichting in euro's, positief, hoogstens twee decimalen") @NotNull BigDecimal bedrag,
        @Schema(examples = "2025-01-01") @NotNull LocalDate periodeVan,
        @Schema(examples = "2027-12-31", description = "Op of na periodeVan") @NotNull LocalDate periodeTot,
        @Schema(examples = "lopend") SroiStatus status) {
}
