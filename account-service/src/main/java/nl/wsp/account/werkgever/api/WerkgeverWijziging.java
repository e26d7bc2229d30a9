package nl.wsp.account.werkgever.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Replace an employer's facts; the KvK number and the account manager are changed elsewhere (or never). */
public record WerkgeverWijziging(
        @Schema(examples = "Bouwbedrijf Van Dijk Soest B.V.") @NotBlank @Size(max = 200) String naam,
        @Schema(examples = "Soest") @NotBlank @Size(max = 100) String vestigingsgemeente,
        @Schema(examples = "bouw") @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "kleine letters, cijfers en koppeltekens, bijv. zorg-en-welzijn")
        @Size(max = 64) String sector,
        @Schema(examples = "52") @NotNull @PositiveOrZero @Max(1_000_000) Integer aantalWerknemers,
        @Schema(examples = "false") @NotNull Boolean keyAccount,
        @Schema(examples = "true") @NotNull Boolean smaakmaker) {
}
