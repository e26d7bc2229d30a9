package nl.wsp.matching.instrument;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import nl.wsp.matching.kandidaat.KandidaatGewistV1;

/**
 * Erasure of a candidate reaches instrument deployments in the same transaction: the free-text reason of the decision
 * goes, from the deployment and from every line of its append-only history (the one change the history allows besides
 * retention, V170); amount, kind, status and dates stay for the paying partner's accounts, under the erasure's new
 * random id instead of the erased one.
 */
@ApplicationScoped
class InstrumentWissing {

    private final EntityManager em;

    InstrumentWissing(EntityManager em) {
        this.em = em;
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        em.createNativeQuery("""
                        UPDATE instrument_inzet_historie SET reden = NULL
                         WHERE reden IS NOT NULL AND inzet_id IN (SELECT id FROM instrument_inzet WHERE kandidaat_id = ?1)""")
                .setParameter(1, gewist.kandidaatId()).executeUpdate();
        em.createNativeQuery("""
                        UPDATE instrument_inzet SET besluit_reden = NULL, kandidaat_id = ?2, versie = versie + 1
                         WHERE kandidaat_id = ?1""")
                .setParameter(1, gewist.kandidaatId()).setParameter(2, gewist.vervangendeId()).executeUpdate();
    }
}
