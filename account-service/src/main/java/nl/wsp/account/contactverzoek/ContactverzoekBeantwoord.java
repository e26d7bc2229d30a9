package nl.wsp.account.contactverzoek;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.UUID;

/**
 * Event {@code nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1}. {@code naTermijnVerstreken} (an optional addition within v1): the
 * request had been flagged {@code termijn-verstreken} before this answer, so a consumer counts it once as not answered in
 * time, not twice (docs/api.md, "24-hour compliance").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactverzoekBeantwoord(UUID contactverzoekId, UUID werkgeverId, Instant ontvangenOp, Instant beantwoordOp,
                                       boolean binnenTermijn, String partner, String regio, boolean naTermijnVerstreken) {

    public static final String TYPE = "nl.werkgeversdienstverlening.contactverzoeken.beantwoord.v1";
    public static final String TOPIC = ContactverzoekOntvangen.TOPIC;
}
