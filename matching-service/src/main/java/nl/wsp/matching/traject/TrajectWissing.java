package nl.wsp.matching.traject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches its trajectories in the same transaction: the rows, kept with their codes and dates
 * for counting, name the candidate by the erasure's new random id (docs/adr/0017). They hold no free text.
 */
@ApplicationScoped
class TrajectWissing {

    private final TrajectRepository trajecten;

    TrajectWissing(TrajectRepository trajecten) {
        this.trajecten = trajecten;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        trajecten.update("kandidaatId = ?1 where kandidaatId = ?2", gewist.vervangendeId(), gewist.kandidaatId());
    }
}
