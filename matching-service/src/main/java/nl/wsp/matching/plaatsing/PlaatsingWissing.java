package nl.wsp.matching.plaatsing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches placements in the same transaction: the free-text note goes, and the row, kept for
 * counting, names the candidate by the erasure's new random id instead of the erased one. A JPQL bulk update, the
 * statement the native SQL was; like it, it leaves the rows' versions as they are.
 */
@ApplicationScoped
class PlaatsingWissing {

    private final PlaatsingRepository plaatsingen;

    PlaatsingWissing(PlaatsingRepository plaatsingen) {
        this.plaatsingen = plaatsingen;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        plaatsingen.update("toelichting = null, kandidaatId = ?1 where kandidaatId = ?2", gewist.vervangendeId(), gewist.kandidaatId());
    }
}
