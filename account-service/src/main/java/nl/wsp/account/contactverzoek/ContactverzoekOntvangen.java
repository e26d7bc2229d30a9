package nl.wsp.account.contactverzoek;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/** Event {@code nl.werkgeversdienstverlening.contactverzoeken.ontvangen.v1}; {@code toegewezenAan} and {@code partner} are absent when nobody is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactverzoekOntvangen(UUID contactverzoekId, UUID werkgeverId, Instant ontvangenOp, Instant reactieUiterlijk,
                                      UUID toegewezenAan, String partner, String regio) {

    public static final String TYPE = "nl.werkgeversdienstverlening.contactverzoeken.ontvangen.v1";
    public static final String TOPIC = "wsp.account.contactverzoeken";
}
