package nl.wsp.account.partner.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import nl.wsp.account.partner.PartnerStatusWijziging;

import java.time.Instant;
import java.util.UUID;

/** One recorded change of whether a partner is active: old and new, who (sub and role), when. */
public record PartnerStatusWijzigingWeergave(@Schema(examples = "6f1a3c5e-9b2d-4a8f-8e6c-7b4d3a2f1e09") UUID id, @Schema(examples = "true") boolean oudActief,
                                             @Schema(examples = "false") boolean nieuwActief, @Schema(examples = "m.devries") String gewijzigdDoor,
                                             @Schema(examples = "beheerder") String rol, Instant gewijzigdOp) {

    public static PartnerStatusWijzigingWeergave van(PartnerStatusWijziging w) {
        return new PartnerStatusWijzigingWeergave(w.id(), w.oudActief(), w.nieuwActief(), w.gewijzigdDoor(), w.rol(), w.gewijzigdOp());
    }
}
