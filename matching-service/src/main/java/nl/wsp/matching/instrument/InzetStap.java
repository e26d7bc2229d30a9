package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a deployment's history (who, when, what, why). Append-only (V30): the database refuses any change but
 * the emptying of the reason by erasure and deletion by retention (V170), so this entity has no behaviour that changes it.
 */
@Entity
@Table(name = "instrument_inzet_historie")
public class InzetStap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "inzet_id", nullable = false, updatable = false)
    private UUID inzetId;
    @Column(nullable = false, updatable = false)
    private Instant op;
    @Column(nullable = false, updatable = false)
    private String door;
    @Column(nullable = false, updatable = false)
    private String actie;
    /** Emptied by erasure (V170), the one change the history allows. */
    private String reden;

    protected InzetStap() {
    }

    InzetStap(UUID inzetId, Instant op, String door, String actie, String reden) {
        this.inzetId = inzetId;
        this.op = op;
        this.door = door;
        this.actie = actie;
        this.reden = reden;
    }

    public Instant op() {
        return op;
    }

    public String door() {
        return door;
    }

    public String actie() {
        return actie;
    }

    public String reden() {
        return reden;
    }
}
