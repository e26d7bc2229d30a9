package nl.wsp.account.werklijst;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Use case: the adviser has seen other partners' contacts up to {@code tot}; the mark only moves forward. */
@ApplicationScoped
public class MarkeerGezien {

    private final WerklijstRepository werklijst;

    MarkeerGezien(WerklijstRepository werklijst) {
        this.werklijst = werklijst;
    }

    @Transactional
    public LaatstGezien markeer(UUID adviseur, Instant tot) {
        LaatstGezien g = werklijst.findByIdOptional(adviseur).orElse(null);
        if (g == null) {
            g = LaatstGezien.van(adviseur, tot);
            werklijst.persist(g);
        } else {
            g.zetOp(tot);
        }
        return g;
    }
}
