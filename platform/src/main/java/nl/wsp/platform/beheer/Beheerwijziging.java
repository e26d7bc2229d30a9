package nl.wsp.platform.beheer;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every audit row of a beheerder's change of a region's setting holds, in whichever service the setting lives:
 * who changed it (the token's {@code sub}), in which role, when (the injected clock), in which region. A service's
 * subclass adds what was changed and its old and new value, and names its own table (account's
 * {@code partner_status_wijziging}, vacancy's {@code regio_instelling_wijziging}). Append-only: no setters.
 * <p>
 * The table shape every such table starts with (a subclass's migration adds its subject and old/new columns):
 * <pre>
 * id             uuid        PRIMARY KEY,
 * regio          text        NOT NULL,
 * gewijzigd_door text        NOT NULL,
 * rol            text        NOT NULL,
 * gewijzigd_op   timestamptz NOT NULL
 * </pre>
 * and an index on the subject, {@code gewijzigd_op, id} for the trail read oldest first.
 */
@MappedSuperclass
public abstract class Beheerwijziging {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String regio;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    @Column(nullable = false)
    private String rol;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    protected Beheerwijziging() {
    }

    protected Beheerwijziging(String regio, String gewijzigdDoor, String rol, Instant gewijzigdOp) {
        this.id = UUID.randomUUID();
        this.regio = Objects.requireNonNull(regio, "regio");
        this.gewijzigdDoor = Objects.requireNonNull(gewijzigdDoor, "gewijzigdDoor");
        this.rol = Objects.requireNonNull(rol, "rol");
        this.gewijzigdOp = Objects.requireNonNull(gewijzigdOp, "gewijzigdOp");
    }

    public UUID id() {
        return id;
    }

    public String regio() {
        return regio;
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
