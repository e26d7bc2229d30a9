package nl.wsp.account.contactverzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The 24-hour watcher's claim, the one native query of the contact requests (ADR 0026): due, unanswered, not yet flagged
 * requests, oldest deadline first, at most one batch, locked {@code FOR UPDATE SKIP LOCKED} for the caller's
 * transaction. The replicas share the due work without waiting on each other, and no two flag the same request.
 * Hibernate could say {@code SKIP LOCKED} through its lock-timeout hint (matching's {@code InstrumentInzetRepository}
 * does, for a job that is not measured); this one stays the statement {@code AccountBenchmark} measures in
 * docs/performance.md ("24-hour watcher: 10,000 contact requests due at one instant flagged + outbox"), with its
 * {@code limit} and its order over the partial index {@code contactverzoek_te_bewaken}.
 */
@ApplicationScoped
class TeMarkerenVerzoeken {

    private final EntityManager em;

    TeMarkerenVerzoeken(EntityManager em) {
        this.em = em;
    }

    /** The ids of at most {@code max} requests due at {@code nu}, locked; rows another replica holds are skipped. */
    @SuppressWarnings("unchecked")
    List<UUID> vergrendel(Instant nu, int max) {
        return em.createNativeQuery("""
                        select id from contactverzoek
                        where beantwoord_op is null and termijn_verstreken_op is null and reactie_uiterlijk <= :nu
                        order by reactie_uiterlijk
                        limit :max
                        for update skip locked
                        """)
                .setParameter("nu", nu)
                .setParameter("max", max)
                .getResultList();
    }
}
