package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches proposals in the same transaction: the free-text notes go, and the rows, kept with
 * their codes for counting, name the candidate by the erasure's new random id instead of the erased one
 * (docs/adr/0017-erasure-and-retention.md).
 */
@ApplicationScoped
class VoordrachtWissing {

    private final EntityManager em;

    VoordrachtWissing(EntityManager em) {
        this.em = em;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        em.createNativeQuery("UPDATE voordracht SET toelichting = NULL, kandidaat_id = ?2 WHERE kandidaat_id = ?1")
                .setParameter(1, gewist.kandidaatId()).setParameter(2, gewist.vervangendeId()).executeUpdate();
    }
}
