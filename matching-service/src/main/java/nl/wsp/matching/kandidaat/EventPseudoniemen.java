package nl.wsp.matching.kandidaat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The name a candidate goes by in events that leave the service (docs/adr/0017-erasure-and-retention.md): a random
 * key per candidate, made with the first event that names them, in that event's transaction. Erasure deletes the key
 * in the erasure's transaction, so what the topics keep for replay (municipality, target groups, dates) can no longer
 * be tied to the candidate; an event written after the erasure gets a key of its own that is never stored.
 */
@ApplicationScoped
public class EventPseudoniemen {

    private final EntityManager em;

    EventPseudoniemen(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public UUID van(UUID kandidaatId) {
        // Two statements: when a concurrent transaction made the key first, the insert waits for it and does nothing,
        // and the select, a statement of its own, then sees the committed key.
        em.createNativeQuery("""
                        INSERT INTO kandidaat_pseudoniem (kandidaat_id, pseudoniem)
                        SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM kandidaat WHERE id = ?1 AND status = 'gewist')
                        ON CONFLICT (kandidaat_id) DO NOTHING""")
                .setParameter(1, kandidaatId).setParameter(2, UUID.randomUUID()).executeUpdate();
        List<UUID> sleutel = em.createNativeQuery("SELECT pseudoniem FROM kandidaat_pseudoniem WHERE kandidaat_id = ?1", UUID.class)
                .setParameter(1, kandidaatId).getResultList();
        return sleutel.isEmpty() ? UUID.randomUUID() : sleutel.get(0);
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        em.createNativeQuery("DELETE FROM kandidaat_pseudoniem WHERE kandidaat_id = ?1")
                .setParameter(1, gewist.kandidaatId()).executeUpdate();
    }
}
