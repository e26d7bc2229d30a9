package nl.wsp.account.partner;

import java.time.Instant;
import java.util.UUID;

/** Event {@code nl.werkgeversdienstverlening.partners.geactiveerd.v1}: a deactivated partner takes part in its region again. */
public record PartnerGeactiveerd(UUID partnerId, String code, String regio, Instant geactiveerdOp) {

    public static final String TYPE = "nl.werkgeversdienstverlening.partners.geactiveerd.v1";
    public static final String TOPIC = PartnerGeregistreerd.TOPIC;
}
