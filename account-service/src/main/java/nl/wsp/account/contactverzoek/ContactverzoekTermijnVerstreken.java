package nl.wsp.account.contactverzoek;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** Event {@code nl.werkgeversdienstverlening.contactverzoeken.termijn-verstreken.v1}: 24 hours passed without a response. Emitted once. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactverzoekTermijnVerstreken(UUID contactverzoekId, UUID werkgeverId, Instant ontvangenOp,
                                              Instant reactieUiterlijk, UUID toegewezenAan, String partner, String regio) {

    public static final String TYPE = "nl.werkgeversdienstverlening.contactverzoeken.termijn-verstreken.v1";
    public static final String TOPIC = ContactverzoekOntvangen.TOPIC;
}
