package nl.wsp.matching.matchen.regels;

import java.util.Set;

/**
 * What matching needs of a vacancy (from vacancy-service's events).
 *
 * @param beroep               ESCO occupation URI
 * @param iscoGroep            its 4-digit ISCO-08 unit group
 * @param vereisteVaardigheden ESCO skill URIs the vacancy requires
 * @param gewensteVaardigheden ESCO skill URIs that are a plus
 * @param opleidingsniveau     the level asked for ({@code geen} or null when none)
 */
public record Vacatureprofiel(String beroep, String iscoGroep, Set<String> vereisteVaardigheden,
                              Set<String> gewensteVaardigheden, int urenPerWeek, String werklocatieGemeente,
                              boolean rijbewijsVereist, String opleidingsniveau, String accountmanagerPartner) {

    public Vacatureprofiel {
        vereisteVaardigheden = Set.copyOf(vereisteVaardigheden);
        gewensteVaardigheden = Set.copyOf(gewensteVaardigheden);
    }
}
