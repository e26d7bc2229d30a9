package nl.wsp.account.werkgever.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Register an employer. The region follows from {@code vestigingsgemeente}; {@code accountmanagerId} is optional. */
public record WerkgeverVerzoek(
        @NotNull @Pattern(regexp = "[0-9]{8}", message = "precies 8 cijfers") String kvkNummer,
        @NotBlank @Size(max = 200) String naam,
        @NotBlank @Size(max = 100) String vestigingsgemeente,
        @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "kleine letters, cijfers en koppeltekens, bijv. zorg-en-welzijn")
        @Size(max = 64) String sector,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer aantalWerknemers,
        Boolean keyAccount,
        Boolean smaakmaker,
        UUID accountmanagerId) {
}
