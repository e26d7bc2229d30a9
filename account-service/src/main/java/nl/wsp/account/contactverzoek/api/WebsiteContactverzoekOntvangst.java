package nl.wsp.account.contactverzoek.api;

import nl.wsp.account.contactverzoek.Contactverzoek;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * What the website hears back: a reference for the employer and when it will be answered at the latest. Nothing
 * else — not whether the WSP knew the employer, nor who answers (docs/adr/0042).
 */
public record WebsiteContactverzoekOntvangst(@Schema(examples = "5e9b1f3d-7c2a-4d8e-a1f6-3b0c9d7e5a42") UUID referentie,
                                             Instant ontvangenOp, Instant reactieUiterlijk) {

    public static WebsiteContactverzoekOntvangst van(Contactverzoek v) {
        return new WebsiteContactverzoekOntvangst(v.id(), v.ontvangenOp(), v.reactieUiterlijk());
    }
}
