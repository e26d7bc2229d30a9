package nl.wsp.matching.kandidaat.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One candidate as a partner system pushes it. ESCO fields take a URI or a free-text label (Dutch or English,
 * preferred or alternative); the service resolves labels to URIs. {@code leefgebieden} are restricted: only the
 * owning partner ever sees them again.
 */
public record KandidaatInvoer(
        String referentie,
        Naam naam,
        Contact contact,
        String woongemeente,
        List<String> doelgroepen,
        List<String> kwetsbaarheden,
        LocalDate jobreadySinds,
        Integer urenPerWeek,
        Mobiliteit mobiliteit,
        List<String> gewensteBeroepen,
        List<String> vaardigheden,
        List<Werkervaring> werkervaring,
        String opleidingsniveau,
        List<String> talen,
        List<String> rijbewijzen,
        List<String> werknemersvaardigheden,
        List<Leefgebied> leefgebieden) {

    public record Naam(String voornaam, String achternaam) {
    }

    public record Contact(String email, String telefoon, Adres adres) {
    }

    public record Adres(String straat, String huisnummer, String postcode, String woonplaats) {
    }

    public record Mobiliteit(Integer maximaleReisafstandKm, List<String> gemeenten) {
    }

    public record Werkervaring(String beroep, BigDecimal jaren) {
    }

    public record Leefgebied(String gebied, String notitie) {
    }
}
