package nl.wsp.vacancy.vacature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A placement that filled a position of a vacancy: a placement counts once, even under two event ids. */
@Entity
@Table(name = "vacature_plaatsing")
public class VacaturePlaatsing {

    @Id
    @Column(name = "plaatsing_id")
    private UUID plaatsingId;
    @Column(name = "vacature_id")
    private UUID vacatureId;
    @Column(name = "ontvangen_op")
    private Instant ontvangenOp;

    protected VacaturePlaatsing() {
    }

    VacaturePlaatsing(UUID plaatsingId, UUID vacatureId, Instant ontvangenOp) {
        this.plaatsingId = plaatsingId;
        this.vacatureId = vacatureId;
        this.ontvangenOp = ontvangenOp;
    }

    public UUID plaatsingId() {
        return plaatsingId;
    }

    public UUID vacatureId() {
        return vacatureId;
    }
}
