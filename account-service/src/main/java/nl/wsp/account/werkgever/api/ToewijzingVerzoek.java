package nl.wsp.account.werkgever.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Make {@code accountmanagerId} the account manager. {@code huidigeAccountmanagerId} is who the caller replaces
 * (absent or null: the employer has none yet); if that is no longer so, the answer is 409.
 */
public record ToewijzingVerzoek(
        @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @NotNull UUID accountmanagerId,
        UUID huidigeAccountmanagerId,
        @Schema(examples = "Werkgever valt onder de sectortafel Bouw en Techniek") @NotBlank @Size(max = 500) String reden) {
}
