package nl.wsp.vacancy.vacature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One status transition of a vacancy: from, to, who, when and why. */
@Entity
@Table(name = "vacature_overgang")
public class VacatureOvergang {

    @Id
    public UUID id;
    @Column(insertable = false, updatable = false)
    public Long volgnummer;
    @Column(name = "vacature_id")
    public UUID vacatureId;
    public VacatureStatus van;
    public VacatureStatus naar;
    public String door;
    public Instant op;
    public String reden;

    protected VacatureOvergang() {
    }

    VacatureOvergang(UUID vacatureId, VacatureStatus van, VacatureStatus naar, String door, Instant op, String reden) {
        this.id = UUID.randomUUID();
        this.vacatureId = vacatureId;
        this.van = van;
        this.naar = naar;
        this.door = door;
        this.op = op;
        this.reden = reden;
    }
}
