package nl.wsp.account.werklijst.api;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Betrokkene;
import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.wsp.account.contactmoment.ContactSoort;
import nl.wsp.account.contactmoment.Contactmoment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact moment on the work list: what happened, with whom, by whom, and the follow-up promised. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WerklijstContact(UUID contactmomentId, @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId, @Nullable String werkgeverNaam, ContactSoort soort, LocalDate datum,
                               @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID adviseurId, @Nullable String adviseurPartner, @Nullable String samenvatting, @Nullable String vervolgafspraak,
                               @Nullable LocalDate vervolgUiterlijk, Instant geregistreerdOp) {

    public static WerklijstContact van(Contactmoment c, String werkgeverNaam, String adviseurPartner) {
        return new WerklijstContact(c.id(), c.werkgeverId(), werkgeverNaam, c.soort(), c.datum(), c.adviseurId(), adviseurPartner,
                c.samenvatting(), c.vervolgafspraak(), c.vervolgUiterlijk(), c.geregistreerdOp());
    }
}
