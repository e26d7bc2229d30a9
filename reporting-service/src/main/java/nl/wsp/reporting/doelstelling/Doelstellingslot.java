package nl.wsp.reporting.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises target changes per region and year, so two overlapping targets cannot both pass the overlap check. Native
 * SQL for a guarantee JPQL cannot give (ADR 0026): a transaction-scoped advisory lock on the key (region, year), as there
 * is no row to lock before a year's first target exists. No benchmark; the exception, named.
 */
@ApplicationScoped
class Doelstellingslot {

    private final EntityManager em;

    Doelstellingslot(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vergrendel(String regio, int jaar) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "doelstelling:" + regio + ":" + jaar).getSingleResult();
    }
}
