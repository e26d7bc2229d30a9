package nl.wsp.reporting.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The one native statement of the partner read model: a region's partner count raised by one. Native SQL not for speed
 * but for atomicity (ADR 0026, beside vacancy's {@code Idempotentiesleutels}): {@code INSERT … ON CONFLICT DO UPDATE
 * SET aantal = aantal + 1} creates or raises the counter row in one statement, so two consumers' first partners of one
 * region both count; a look-up before {@code persist} would let the second fail on the primary key, and a
 * read-then-write increment would lose one. No benchmark; the exception, named.
 */
@ApplicationScoped
class Partnertellers {

    private final EntityManager em;

    Partnertellers(EntityManager em) {
        this.em = em;
    }

    void telPartner(String regio) {
        em.createNativeQuery("""
                        INSERT INTO regio_partners (regio, aantal_partners) VALUES (?1, 1)
                        ON CONFLICT (regio) DO UPDATE SET aantal_partners = regio_partners.aantal_partners + 1""")
                .setParameter(1, regio)
                .executeUpdate();
    }
}
