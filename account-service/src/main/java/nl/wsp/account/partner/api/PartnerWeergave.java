package nl.wsp.account.partner.api;

import jakarta.annotation.Nullable;

import nl.wsp.account.partner.Partner;
import nl.wsp.account.partner.PartnerSoort;

import java.time.Instant;
import java.util.UUID;

/** A partner organisation as the API shows it; {@code actief}: whether it takes part in its region's WSP now. */
public record PartnerWeergave(UUID id, String code, String naam, PartnerSoort soort, @Nullable String regio, Instant geregistreerdOp,
                              boolean actief) {

    public static PartnerWeergave van(Partner p) {
        return new PartnerWeergave(p.id(), p.code(), p.naam(), p.soort(), p.regio(), p.geregistreerdOp(), p.actief());
    }
}
