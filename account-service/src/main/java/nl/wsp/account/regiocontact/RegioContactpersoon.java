package nl.wsp.account.regiocontact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The region-level contact person: who owns the 24 hours of a contact request when the employer has no account manager
 * and its sector has no sector desk. Source 004 lists four sector contact persons with their phone numbers and adds
 * "Werkgevers uit overige sectoren kunnen uiteraard ook terecht bij deze contactpersonen"; a region names one of its
 * advisers for those, so no request is assigned to nobody. One per region.
 */
@Entity
@Table(name = "regio_contactpersoon")
public class RegioContactpersoon {

    @Id
    private String regio;

    @Column(name = "adviseur_id", nullable = false)
    private UUID adviseurId;

    @Column(nullable = false)
    private String telefoon;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    protected RegioContactpersoon() {
    }

    static RegioContactpersoon stelIn(String regio, UUID adviseurId, String telefoon, String door, Instant nu) {
        RegioContactpersoon c = new RegioContactpersoon();
        c.regio = regio;
        c.wijzig(adviseurId, telefoon, door, nu);
        return c;
    }

    void wijzig(UUID adviseurId, String telefoon, String door, Instant nu) {
        this.adviseurId = adviseurId;
        this.telefoon = telefoon;
        this.gewijzigdDoor = door;
        this.gewijzigdOp = nu;
    }

    public String regio() {
        return regio;
    }

    public UUID adviseurId() {
        return adviseurId;
    }

    public String telefoon() {
        return telefoon;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
