package nl.wsp.account.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wsp.platform.beheer.Beheerwijziging;

import java.time.Instant;

/**
 * One change of whether a partner is active in its region: the frame's who, role, when and region
 * ({@link Beheerwijziging}), the partner, old and new.
 */
@Entity
@Table(name = "partner_status_wijziging")
public class PartnerStatusWijziging extends Beheerwijziging {

    @Column(name = "partner_code", nullable = false)
    private String partnerCode;

    @Column(name = "oud_actief", nullable = false)
    private boolean oudActief;

    @Column(name = "nieuw_actief", nullable = false)
    private boolean nieuwActief;

    protected PartnerStatusWijziging() {
    }

    PartnerStatusWijziging(Partner partner, boolean oudActief, String gewijzigdDoor, String rol, Instant gewijzigdOp) {
        super(partner.regio(), gewijzigdDoor, rol, gewijzigdOp);
        this.partnerCode = partner.code();
        this.oudActief = oudActief;
        this.nieuwActief = partner.actief();
    }

    public boolean oudActief() {
        return oudActief;
    }

    public boolean nieuwActief() {
        return nieuwActief;
    }
}
