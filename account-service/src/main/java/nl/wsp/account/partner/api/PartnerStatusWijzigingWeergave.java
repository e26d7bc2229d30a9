package nl.wsp.account.partner.api;

import nl.wsp.account.partner.PartnerStatusWijziging;

import java.time.Instant;
import java.util.UUID;

/** One recorded change of whether a partner is active: old and new, who (sub and role), when. */
public record PartnerStatusWijzigingWeergave(UUID id, boolean oudActief, boolean nieuwActief, String gewijzigdDoor,
                                             String rol, Instant gewijzigdOp) {

    public static PartnerStatusWijzigingWeergave van(PartnerStatusWijziging w) {
        return new PartnerStatusWijzigingWeergave(w.id(), w.oudActief(), w.nieuwActief(), w.gewijzigdDoor(), w.rol(), w.gewijzigdOp());
    }
}
