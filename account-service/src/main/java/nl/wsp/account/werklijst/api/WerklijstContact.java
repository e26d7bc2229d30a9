package nl.wsp.account.werklijst.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
public record WerklijstContact(@Schema(examples = "8b3f6a2d-4e1c-4b9a-8f7d-6c5e0a1b2d93") UUID contactmomentId, @Schema(examples = "3f2b8c1e-6a4d-4c2e-9b7f-1d5e8a9c0b21") @Betrokkene(soort = Verwerkingen.WERKGEVER) UUID werkgeverId,
                               @Schema(examples = "Bouwbedrijf Van Dijk Soest B.V.") @Nullable String werkgeverNaam, @Schema(examples = "bezoek") ContactSoort soort,
                               @Schema(examples = "2026-11-24") LocalDate datum, @Schema(examples = "7a4e2d91-5c3b-4f8a-b6e1-2d9c0f3a8b57") @Betrokkene(soort = Verwerkingen.ADVISEUR) UUID adviseurId,
                               @Schema(examples = "uwv-amersfoort") @Nullable String adviseurPartner, @Nullable String samenvatting, @Nullable String vervolgafspraak,
                               @Nullable LocalDate vervolgUiterlijk, Instant geregistreerdOp) {

    public static WerklijstContact van(Contactmoment c, String werkgeverNaam, String adviseurPartner) {
        return new WerklijstContact(c.id(), c.werkgeverId(), werkgeverNaam, c.soort(), c.datum(), c.adviseurId(), adviseurPartner,
                c.samenvatting(), c.vervolgafspraak(), c.vervolgUiterlijk(), c.geregistreerdOp());
    }
}
