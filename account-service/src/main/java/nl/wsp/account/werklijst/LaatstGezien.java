package nl.wsp.account.werklijst;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Per adviser, up to when they have seen other partners' contact moments with their employers: the work list shows what
 * was registered after it ("contact met één is contact met allen", domain rule 1). No mark: everything is new.
 */
@Entity
@Table(name = "werklijst_gezien")
public class LaatstGezien {

    @Id
    @Column(name = "adviseur_id")
    private UUID adviseurId;

    @Column(name = "gezien_tot", nullable = false)
    private Instant gezienTot;

    protected LaatstGezien() {
    }

    static LaatstGezien van(UUID adviseurId, Instant tot) {
        LaatstGezien g = new LaatstGezien();
        g.adviseurId = adviseurId;
        g.gezienTot = tot;
        return g;
    }

    /** Moves the mark forward only: marking an older moment never shows seen items again. */
    void zetOp(Instant tot) {
        if (tot.isAfter(gezienTot)) {
            gezienTot = tot;
        }
    }

    public UUID adviseurId() {
        return adviseurId;
    }

    public Instant gezienTot() {
        return gezienTot;
    }
}
