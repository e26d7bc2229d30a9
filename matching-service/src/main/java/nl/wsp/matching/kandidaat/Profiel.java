package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What matching needs to know of a candidate, with ESCO labels resolved to URIs. Holds no name, contact details,
 * address or life-domain notes: this is what advisers of other partners may see.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Profiel(
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
        List<String> werknemersvaardigheden) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mobiliteit(Integer maximaleReisafstandKm, List<String> gemeenten) {
    }

    public record Werkervaring(String beroep, BigDecimal jaren) {
    }
}
