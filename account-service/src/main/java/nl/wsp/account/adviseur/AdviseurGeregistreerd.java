package nl.wsp.account.adviseur;

import java.util.UUID;

/** Event {@code nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1}: an adviser of a partner joined the WSP. */
public record AdviseurGeregistreerd(UUID adviseurId, String partner, String naam, String regio) {

    public static final String TYPE = "nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1";
    public static final String TOPIC = "wsp.account.adviseurs";
}
