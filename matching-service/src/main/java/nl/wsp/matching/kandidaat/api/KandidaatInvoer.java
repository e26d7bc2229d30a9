package nl.wsp.matching.kandidaat.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One candidate as a partner system pushes it. ESCO fields take a URI or a free-text label (Dutch or English,
 * preferred or alternative); the service resolves labels to URIs. {@code leefgebieden} are restricted: only the
 * owning partner ever sees them again.
 */
public record KandidaatInvoer(
        @Schema(maxLength = 64, pattern = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}") String referentie,
        Naam naam,
        Contact contact,
        @Schema(maxLength = 100, description = "Een gemeente van de referentiedata (naam of CBS-code)") String woongemeente,
        @Schema(maxItems = 100) List<String> doelgroepen,
        @Schema(maxItems = 100) List<String> kwetsbaarheden,
        LocalDate jobreadySinds,
        Integer urenPerWeek,
        Mobiliteit mobiliteit,
        @Schema(maxItems = 10) List<String> gewensteBeroepen,
        @Schema(maxItems = 100) List<String> vaardigheden,
        @Schema(maxItems = 30) List<Werkervaring> werkervaring,
        String opleidingsniveau,
        @Schema(maxItems = 100) List<String> talen,
        @Schema(maxItems = 100) List<String> rijbewijzen,
        @Schema(maxItems = 100) List<String> werknemersvaardigheden,
        List<Leefgebied> leefgebieden,
        @Schema(enumeration = {"tot-27", "27-49", "50-plus"}, description = "Optioneel: de leeftijdsband (onder 27, 27 tot en met 49, "
                + "50 of ouder), voor de eerlijkheidsmonitor (docs/adr/0043); nooit een geboortedatum of -jaar. Niet in het profiel "
                + "en niet in de rangschikking; advisers zien haar niet") String leeftijdsband) {

    public record Naam(@Schema(maxLength = 100) String voornaam, @Schema(maxLength = 100) String achternaam) {
    }

    public record Contact(@Schema(maxLength = 254) String email, @Schema(maxLength = 21, pattern = "\\+?[0-9 ()-]{6,20}") String telefoon, Adres adres) {
    }

    public record Adres(@Schema(maxLength = 100, examples = "Steenhoffstraat") String straat, @Schema(maxLength = 10, examples = "12") String huisnummer,
                        @Schema(maxLength = 7, pattern = "[1-9][0-9]{3} ?[A-Z]{2}", examples = "3764 BJ") String postcode,
                        @Schema(maxLength = 100, examples = "Soest") String woonplaats) {
    }

    public record Mobiliteit(Integer maximaleReisafstandKm, List<String> gemeenten) {
    }

    public record Werkervaring(String beroep, BigDecimal jaren) {
    }

    public record Leefgebied(String gebied, @Schema(maxLength = 2000) String notitie) {
    }
}
