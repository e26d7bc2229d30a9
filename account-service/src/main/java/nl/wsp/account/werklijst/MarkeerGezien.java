package nl.wsp.account.werklijst;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Verwerkingslogboek;

import java.time.Instant;
import java.util.UUID;

/**
 * Use case: the adviser has seen other partners' contacts up to {@code tot}; the mark only moves forward. The mark is
 * the adviser's personal data (what they read, when): its row in the processing log commits with it.
 */
@ApplicationScoped
public class MarkeerGezien {

    private final WerklijstRepository werklijst;
    private final Verwerkingslogboek logboek;

    MarkeerGezien(WerklijstRepository werklijst, Verwerkingslogboek logboek) {
        this.werklijst = werklijst;
        this.logboek = logboek;
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
        logboek.registreer(adviseur, Verwerkingen.ADVISEUR, "gezien-gemarkeerd");
        return g;
    }
}
