package nl.wsp.vacancy.regio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of a region's setting, as the audit trail keeps it: who, in which role, when, old and new value. */
@Entity
@Table(name = "regio_instelling_wijziging")
public class RegioInstellingWijziging {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String regio;

    @Column(nullable = false)
    private String instelling;

    @Column(name = "oude_waarde", nullable = false)
    private String oudeWaarde;

    @Column(name = "nieuwe_waarde", nullable = false)
    private String nieuweWaarde;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    @Column(nullable = false)
    private String rol;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    protected RegioInstellingWijziging() {
    }

    RegioInstellingWijziging(String regio, String instelling, String oudeWaarde, String nieuweWaarde, String gewijzigdDoor,
                             String rol, Instant gewijzigdOp) {
        this.id = UUID.randomUUID();
        this.regio = regio;
        this.instelling = instelling;
        this.oudeWaarde = oudeWaarde;
        this.nieuweWaarde = nieuweWaarde;
        this.gewijzigdDoor = gewijzigdDoor;
        this.rol = rol;
        this.gewijzigdOp = gewijzigdOp;
    }

    public UUID id() {
        return id;
    }

    public String instelling() {
        return instelling;
    }

    public String oudeWaarde() {
        return oudeWaarde;
    }

    public String nieuweWaarde() {
        return nieuweWaarde;
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
