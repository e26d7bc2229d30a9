package nl.wsp.account.partner;

import java.time.Instant;
import java.util.UUID;

/** Event {@code nl.werkgeversdienstverlening.partners.geregistreerd.v1}: a partner organisation joined the WSP of a region. */
public record PartnerGeregistreerd(UUID partnerId, String code, String naam, PartnerSoort soort, String regio,
                                   Instant geregistreerdOp) {

    public static final String TYPE = "nl.werkgeversdienstverlening.partners.geregistreerd.v1";
    public static final String TOPIC = "wsp.account.partners";
}
