package nl.wsp.account.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of whether a partner is active in its region: who, in which role, when, old and new. */
@Entity
@Table(name = "partner_status_wijziging")
public class PartnerStatusWijziging {

    @Id
    private UUID id;

    @Column(name = "partner_code", nullable = false)
    private String partnerCode;

    @Column(nullable = false)
    private String regio;

    @Column(name = "oud_actief", nullable = false)
    private boolean oudActief;

    @Column(name = "nieuw_actief", nullable = false)
    private boolean nieuwActief;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    @Column(nullable = false)
    private String rol;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    protected PartnerStatusWijziging() {
    }

    PartnerStatusWijziging(Partner partner, boolean oudActief, String gewijzigdDoor, String rol, Instant gewijzigdOp) {
        this.id = UUID.randomUUID();
        this.partnerCode = partner.code();
        this.regio = partner.regio();
        this.oudActief = oudActief;
        this.nieuwActief = partner.actief();
        this.gewijzigdDoor = gewijzigdDoor;
        this.rol = rol;
        this.gewijzigdOp = gewijzigdOp;
    }

    public UUID id() {
        return id;
    }

    public boolean oudActief() {
        return oudActief;
    }

    public boolean nieuwActief() {
        return nieuwActief;
    }

    public String gewijzigdDoor() {
        return gewijzigdDoor;
    }

    public String rol() {
        return rol;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
