package nl.wsp.matching.overdracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches its handovers in the same transaction: the refusal's free text goes and the rows,
 * kept as the record of who consented, name the candidate by the erasure's new random id (docs/adr/0017).
 */
@ApplicationScoped
class OverdrachtWissing {

    private final OverdrachtRepository overdrachten;

    OverdrachtWissing(OverdrachtRepository overdrachten) {
        this.overdrachten = overdrachten;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        overdrachten.update("redenWeigering = null, kandidaatId = ?1 where kandidaatId = ?2", gewist.vervangendeId(), gewist.kandidaatId());
    }
}
