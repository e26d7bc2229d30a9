package nl.wsp.account.werkgever;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One entry in an employer's account-manager history: who, since when, why, and who decided. Never changes. */
@Entity
@Table(name = "accountmanager_toewijzing")
public class AccountmanagerToewijzing {

    @Id
    private UUID id;

    @Column(name = "werkgever_id", nullable = false)
    private UUID werkgeverId;

    @Column(nullable = false)
    private long volgnummer;

    @Column(name = "accountmanager_id", nullable = false)
    private UUID accountmanagerId;

    @Column(name = "vorige_accountmanager_id")
    private UUID vorigeAccountmanagerId;

    private String reden;

    @Column(name = "toegewezen_door")
    private String toegewezenDoor;

    @Column(name = "toegewezen_op", nullable = false)
    private Instant toegewezenOp;

    protected AccountmanagerToewijzing() {
    }

    AccountmanagerToewijzing(UUID werkgeverId, long volgnummer, UUID accountmanagerId, UUID vorigeAccountmanagerId,
                             String reden, String toegewezenDoor, Instant toegewezenOp) {
        this.id = UUID.randomUUID();
        this.werkgeverId = werkgeverId;
        this.volgnummer = volgnummer;
        this.accountmanagerId = accountmanagerId;
        this.vorigeAccountmanagerId = vorigeAccountmanagerId;
        this.reden = reden;
        this.toegewezenDoor = toegewezenDoor;
        this.toegewezenOp = toegewezenOp;
    }

    public UUID id() {
        return id;
    }

    public UUID werkgeverId() {
        return werkgeverId;
    }

    public long volgnummer() {
        return volgnummer;
    }

    public UUID accountmanagerId() {
        return accountmanagerId;
    }

    public UUID vorigeAccountmanagerId() {
        return vorigeAccountmanagerId;
    }

    public String reden() {
        return reden;
    }

    public String toegewezenDoor() {
        return toegewezenDoor;
    }

    public Instant toegewezenOp() {
        return toegewezenOp;
    }

    /** After its retention period (docs/bewaartermijnen.md): the reason and the assigner go; who held the account stays. */
    public void wisVrijeTekst() {
        reden = null;
        toegewezenDoor = null;
    }
}
