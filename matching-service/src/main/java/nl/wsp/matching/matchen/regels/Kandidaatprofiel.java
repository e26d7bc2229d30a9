package nl.wsp.matching.matchen.regels;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What matching needs of a candidate: no name, no contact details, no life-domain notes.
 *
 * @param beroepen      desired ESCO occupation URIs
 * @param iscoGroepen   their 4-digit ISCO groups
 * @param werkervaring  years of experience per ESCO occupation URI
 * @param maximaleReisafstandKm how far the candidate can travel (null: only {@code gemeenten})
 * @param gemeenten     municipalities the candidate can work in, besides the distance
 */
public record Kandidaatprofiel(UUID id, String partner, String woongemeente, Set<String> beroepen, Set<String> iscoGroepen,
                               Set<String> vaardigheden, Map<String, Double> werkervaring, String opleidingsniveau,
                               int urenPerWeek, boolean rijbewijs, Integer maximaleReisafstandKm, Set<String> gemeenten,
                               Set<String> doelgroepen, Set<String> kwetsbaarheden) {

    public Kandidaatprofiel {
        beroepen = Set.copyOf(beroepen);
        iscoGroepen = Set.copyOf(iscoGroepen);
        vaardigheden = Set.copyOf(vaardigheden);
        werkervaring = Map.copyOf(werkervaring);
        gemeenten = Set.copyOf(gemeenten);
        doelgroepen = Set.copyOf(doelgroepen);
        kwetsbaarheden = Set.copyOf(kwetsbaarheden);
    }
}
