package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches proposals in the same transaction: the free-text notes go; the pseudonymous ids and
 * codes stay, as the events that reporting already counted carry them too.
 */
@ApplicationScoped
class VoordrachtWissing {

    private final EntityManager em;

    VoordrachtWissing(EntityManager em) {
        this.em = em;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        em.createNativeQuery("UPDATE voordracht SET toelichting = NULL WHERE kandidaat_id = ?1")
                .setParameter(1, gewist.kandidaatId()).executeUpdate();
    }
}
