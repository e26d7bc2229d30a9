package nl.wsp.reporting.dienstverlening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;

/**
 * The one native statement of the delivered-package read model: a service's count in a region, month and sector raised
 * by one. Native SQL for atomicity, not speed (ADR 0026, like {@code Partnertellers}): {@code INSERT … ON CONFLICT DO
 * UPDATE SET aantal = aantal + 1} creates or raises the row in one statement, so two first contact moments of one key
 * neither fail on the primary key nor lose a count. No benchmark; the exception, named.
 */
@ApplicationScoped
class Dienstentellers {

    private final EntityManager em;

    Dienstentellers(EntityManager em) {
        this.em = em;
    }

    void telDienst(String regio, LocalDate maand, String sector, String dienst) {
        em.createNativeQuery("""
                        INSERT INTO diensten_per_maand AS t (regio, maand, sector, dienst, aantal) VALUES (?1, ?2, ?3, ?4, 1)
                        ON CONFLICT (regio, maand, sector, dienst) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, regio).setParameter(2, maand).setParameter(3, sector).setParameter(4, dienst)
                .executeUpdate();
    }
}
