package nl.wsp.account.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.partners.gedeactiveerd.v1}: the partner no longer takes part in its region's
 * WSP; its advisers and systems are refused from now on (until {@link PartnerGeactiveerd}).
 */
public record PartnerGedeactiveerd(UUID partnerId, String code, String regio, Instant gedeactiveerdOp) {

    public static final String TYPE = "nl.werkgeversdienstverlening.partners.gedeactiveerd.v1";
    public static final String TOPIC = PartnerGeregistreerd.TOPIC;
}
