package nl.wsp.account.team;

import java.util.List;
import java.util.UUID;

/**
 * Events {@code nl.werkgeversdienstverlening.teams.ingericht.v1} and {@code ….gewijzigd.v1} on {@code wsp.account.teams}
 * (keyed by {@code teamId}): a unit of a region and its work area, as it is now. No person in it.
 */
public record TeamGegevens(UUID teamId, String regio, String naam, List<String> werkgebied) {

    public static final String TOPIC = "wsp.account.teams";
    public static final String INGERICHT = "nl.werkgeversdienstverlening.teams.ingericht.v1";
    public static final String GEWIJZIGD = "nl.werkgeversdienstverlening.teams.gewijzigd.v1";
}
