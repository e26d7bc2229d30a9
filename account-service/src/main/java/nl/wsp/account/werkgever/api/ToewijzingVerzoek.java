package nl.wsp.account.werkgever.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Make {@code accountmanagerId} the account manager. {@code huidigeAccountmanagerId} is who the caller replaces
 * (absent or null: the employer has none yet); if that is no longer so, the answer is 409.
 */
public record ToewijzingVerzoek(
        @NotNull UUID accountmanagerId,
        UUID huidigeAccountmanagerId,
        @NotBlank @Size(max = 500) String reden) {
}
