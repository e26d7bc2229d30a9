package nl.wsp.matching.bewaartermijn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of the retention job that JPQL cannot express (docs/adr/0026): not for speed but for guarantees of
 * PostgreSQL that have no JPQL form. Each method says which.
 */
@ApplicationScoped
class Veegwerk {

    /** The advisory lock of the sweeps (a key of its own in this database). */
    private static final String SLOT = "bewaartermijnen";

    private final EntityManager em;

    Veegwerk(EntityManager em) {
        this.em = em;
    }

    /**
     * One replica sweeps at a time; another one skips this round instead of waiting: {@code pg_try_advisory_xact_lock},
     * released at commit. A row lock cannot give it, as a sweep's rows are not known before it runs.
     */
    boolean neemSlot() {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, SLOT).getSingleResult();
    }

    /**
     * Tells the append-only trigger of {@code instrument_inzet_historie} (V170) that this transaction deletes by
     * retention: {@code set_config(…, true)}, local to the transaction, so no other transaction gets the permission.
     */
    void staVerwijderingNaBewaartermijnToe() {
        em.createNativeQuery("SELECT set_config('wsp.bewaartermijn', 'verlopen', true)").getSingleResult();
    }

    /**
     * Up to {@code n} withdrawn candidates whose period passed, claimed with {@code SKIP LOCKED} so replicas share the
     * work. The table {@code kandidaat} has no entity yet (its rows are the bulk intake's, {@code KandidaatIntakeBenchmark}):
     * with one, this becomes JPQL with a lock hint, as the instrument deadline's claim is.
     */
    @SuppressWarnings("unchecked")
    List<UUID> ingetrokkenKandidaten(Instant grens, int n) {
        return em.createNativeQuery("""
                        SELECT id FROM kandidaat WHERE status = 'ingetrokken' AND gewijzigd_op < ?1
                         ORDER BY gewijzigd_op LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, grens).setParameter(2, n).getResultList();
    }

    /** Up to {@code n} inbox rows received before {@code grens}: the frame's table, which has no entity (the frame's {@code Inbox} writes it in SQL). */
    int verwijderInbox(Instant grens, int n) {
        return em.createNativeQuery("""
                        DELETE FROM inbox_event WHERE event_id IN (
                            SELECT event_id FROM inbox_event WHERE received_at < ?1 LIMIT ?2)""")
                .setParameter(1, grens).setParameter(2, n).executeUpdate();
    }
}
