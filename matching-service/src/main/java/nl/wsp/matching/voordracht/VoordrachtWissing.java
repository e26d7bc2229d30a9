package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches proposals in the same transaction: the free-text notes go, and the rows, kept with
 * their codes for counting, name the candidate by the erasure's new random id instead of the erased one
 * (docs/adr/0017-erasure-and-retention.md). A JPQL bulk update, the statement the native SQL was; like it, it
 * leaves the rows' versions as they are.
 */
@ApplicationScoped
class VoordrachtWissing {

    private final VoordrachtRepository voordrachten;

    VoordrachtWissing(VoordrachtRepository voordrachten) {
        this.voordrachten = voordrachten;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        voordrachten.update("toelichting = null, kandidaatId = ?1 where kandidaatId = ?2", gewist.vervangendeId(), gewist.kandidaatId());
    }
}
