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
 * <p>
 * The key is made with native SQL not for speed but for atomicity (ADR 0026, beside vacancy's
 * {@code Idempotentiesleutels}): {@code INSERT … ON CONFLICT DO NOTHING} claims it in one statement, so two first events
 * of one candidate at once share one key instead of the second failing on the primary key, and the same statement
 * refuses an erased candidate. Reading and forgetting the key are JPQL ({@link Eventpseudoniem}).
 */
@ApplicationScoped
public class EventPseudoniemen {

    private final EntityManager em;

    EventPseudoniemen(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID van(UUID kandidaatId) {
        // Two statements: when a concurrent transaction made the key first, the insert waits for it and does nothing,
        // and the select, a statement of its own, then sees the committed key.
        em.createNativeQuery("""
                        INSERT INTO kandidaat_pseudoniem (kandidaat_id, pseudoniem)
                        SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM kandidaat WHERE id = ?1 AND status = 'gewist')
                        ON CONFLICT (kandidaat_id) DO NOTHING""")
                .setParameter(1, kandidaatId).setParameter(2, UUID.randomUUID()).executeUpdate();
        List<UUID> sleutel = em.createQuery("select p.pseudoniem from Eventpseudoniem p where p.kandidaatId = :id", UUID.class)
                .setParameter("id", kandidaatId).getResultList();
        return sleutel.isEmpty() ? UUID.randomUUID() : sleutel.get(0);
    }

    void bijWissing(@Observes KandidaatGewistV1 gewist) {
        em.createQuery("delete from Eventpseudoniem p where p.kandidaatId = :id")
                .setParameter("id", gewist.kandidaatId()).executeUpdate();
    }
}
