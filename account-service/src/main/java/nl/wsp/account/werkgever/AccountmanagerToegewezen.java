package nl.wsp.account.werkgever;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** Event {@code nl.werkgeversdienstverlening.werkgevers.accountmanager-toegewezen.v1}: the employer has a (new) account manager. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountmanagerToegewezen(UUID werkgeverId, UUID accountmanagerId, String accountmanagerPartner,
                                       UUID vorigeAccountmanagerId, String reden, Instant toegewezenOp) {

    public static final String TYPE = "nl.werkgeversdienstverlening.werkgevers.accountmanager-toegewezen.v1";
    public static final String TOPIC = WerkgeverGeregistreerd.TOPIC;
}
