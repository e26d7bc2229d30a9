package nl.wsp.matching.plaatsing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches placements in the same transaction: the free-text note goes, and the row, kept for
 * counting, names the candidate by the erasure's new random id instead of the erased one.
 */
@ApplicationScoped
class PlaatsingWissing {

    private final EntityManager em;

    PlaatsingWissing(EntityManager em) {
        this.em = em;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        em.createNativeQuery("UPDATE plaatsing SET toelichting = NULL, kandidaat_id = ?2 WHERE kandidaat_id = ?1")
                .setParameter(1, gewist.kandidaatId()).setParameter(2, gewist.vervangendeId()).executeUpdate();
    }
}
