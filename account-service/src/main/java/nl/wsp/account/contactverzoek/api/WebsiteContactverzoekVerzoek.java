package nl.wsp.account.contactverzoek.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An employer's contact request from the public website's form (docs/adr/0042). {@code email} or {@code telefoon}, or
 * both: whom the adviser answers. {@code aantalWerknemers} is asked when the form has it; an employer the WSP does not
 * know yet is registered with it (0 when absent, until its account manager corrects it).
 */
public record WebsiteContactverzoekVerzoek(
        @Schema(examples = "Bakkerij De Korenaar B.V.") @NotBlank @Size(max = 200) String bedrijfsnaam,
        @Schema(examples = "41235678") @NotNull @Pattern(regexp = "[0-9]{8}", message = "precies 8 cijfers") String kvkNummer,
        @Schema(examples = "Sanne de Vries") @NotBlank @Size(max = 200) String contactpersoon,
        @Schema(examples = "s.devries@korenaar.nl") @Size(max = 254)
        @Pattern(regexp = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)*\\.[A-Za-z]{2,}", message = "een e-mailadres, bijv. naam@bedrijf.nl") String email,
        @Schema(examples = "033-4651234") @Size(max = 20)
        @Pattern(regexp = "(\\+31|0031|0)[ -]?[1-9]([ -]?[0-9]){8}", message = "een Nederlands telefoonnummer van 10 cijfers, bijv. 033-4651234 of +31 33 465 1234") String telefoon,
        @Schema(examples = "horeca") @NotNull @Size(max = 64)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "kleine letters, cijfers en koppeltekens, bijv. zorg-en-welzijn") String sector,
        @Schema(examples = "Leusden") @NotBlank @Size(max = 100) String vestigingsgemeente,
        @Schema(examples = "Wij zoeken een leerling-bakker en willen weten of er ondersteuning mogelijk is") @NotBlank @Size(max = 2000) String vraag,
        @Schema(examples = "12") @PositiveOrZero @Max(1_000_000) Integer aantalWerknemers) {
}
