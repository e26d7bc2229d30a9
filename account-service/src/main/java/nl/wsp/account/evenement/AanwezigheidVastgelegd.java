package nl.wsp.account.evenement;

import java.util.List;
import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.evenementen.aanwezigheid-vastgelegd.v1}: who came to an employer event, as
 * a whole (a later one replaces an earlier one). Employers by their pseudonymous company id; candidates as a count only.
 */
public record AanwezigheidVastgelegd(UUID evenementId, String regio, List<UUID> werkgeverIds, int aantalWerkgevers,
                                     int aantalKandidaten) {

    public static final String TYPE = "nl.werkgeversdienstverlening.evenementen.aanwezigheid-vastgelegd.v1";
    public static final String TOPIC = EvenementGeregistreerd.TOPIC;
}
