package nl.wsp.reporting.indicatordoel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises indicator-target changes per region and year, so two of one key cannot both pass the check for an existing
 * one (and meet the unique constraint as a 500) and two plans of a sector replace each other whole. Native SQL for a
 * guarantee JPQL cannot give (ADR 0026), as {@code Doelstellingslot}: a transaction-scoped advisory lock on (region,
 * year). No benchmark; the exception, named.
 */
@ApplicationScoped
class Indicatordoelslot {

    private final EntityManager em;

    Indicatordoelslot(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vergrendel(String regio, int jaar) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "indicatordoel:" + regio + ":" + jaar).getSingleResult();
    }
}
