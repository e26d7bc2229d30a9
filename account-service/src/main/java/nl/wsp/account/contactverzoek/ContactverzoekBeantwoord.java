package nl.wsp.account.contactverzoek;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** Event {@code nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactverzoekBeantwoord(UUID contactverzoekId, UUID werkgeverId, Instant ontvangenOp, Instant beantwoordOp,
                                       boolean binnenTermijn, String partner, String regio) {

    public static final String TYPE = "nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1";
    public static final String TOPIC = ContactverzoekOntvangen.TOPIC;
}
