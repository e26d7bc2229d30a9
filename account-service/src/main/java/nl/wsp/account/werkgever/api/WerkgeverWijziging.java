package nl.wsp.account.werkgever.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Replace an employer's facts; the KvK number and the account manager are changed elsewhere (or never). */
public record WerkgeverWijziging(
        @NotBlank @Size(max = 200) String naam,
        @NotBlank @Size(max = 100) String vestigingsgemeente,
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "kleine letters, cijfers en koppeltekens, bijv. zorg-en-welzijn")
        @Size(max = 64) String sector,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer aantalWerknemers,
        @NotNull Boolean keyAccount,
        @NotNull Boolean smaakmaker) {
}
