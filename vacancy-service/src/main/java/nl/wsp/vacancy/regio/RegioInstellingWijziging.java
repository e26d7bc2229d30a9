package nl.wsp.vacancy.regio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wsp.platform.beheer.Beheerwijziging;

import java.time.Instant;

/**
 * One change of a region's setting, as the audit trail keeps it: the frame's who, role, when and region
 * ({@link Beheerwijziging}), the setting, old and new value.
 */
@Entity
@Table(name = "regio_instelling_wijziging")
public class RegioInstellingWijziging extends Beheerwijziging {

    @Column(nullable = false)
    private String instelling;

    @Column(name = "oude_waarde", nullable = false)
    private String oudeWaarde;

    @Column(name = "nieuwe_waarde", nullable = false)
    private String nieuweWaarde;

    protected RegioInstellingWijziging() {
    }

    RegioInstellingWijziging(String regio, String instelling, String oudeWaarde, String nieuweWaarde, String gewijzigdDoor,
                             String rol, Instant gewijzigdOp) {
        super(regio, gewijzigdDoor, rol, gewijzigdOp);
        this.instelling = instelling;
        this.oudeWaarde = oudeWaarde;
        this.nieuweWaarde = nieuweWaarde;
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
}
