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
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long volgnummer;
    @Column(name = "vacature_id")
    private UUID vacatureId;
    private VacatureStatus van;
    private VacatureStatus naar;
    private String door;
    private Instant op;
    private String reden;

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

    public UUID id() {
        return id;
    }

    public Long volgnummer() {
        return volgnummer;
    }

    public UUID vacatureId() {
        return vacatureId;
    }

    public VacatureStatus van() {
        return van;
    }

    public VacatureStatus naar() {
        return naar;
    }

    public String door() {
        return door;
    }

    public Instant op() {
        return op;
    }

    public String reden() {
        return reden;
    }
}
