package nl.wsp.reporting.wissing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;

/**
 * The one native statement of the erasure counter: a month's count raised by one. Native SQL for atomicity, not speed
 * (ADR 0026, like {@code Partnertellers}): {@code INSERT … ON CONFLICT DO UPDATE SET aantal = aantal + 1} creates or
 * raises the month's row in one statement, so no concurrent erasure is lost or fails on the primary key. No benchmark;
 * the exception, named.
 */
@ApplicationScoped
class Wissingtellers {

    private final EntityManager em;

    Wissingtellers(EntityManager em) {
        this.em = em;
    }

    void telWissing(LocalDate maand) {
        em.createNativeQuery("""
                        INSERT INTO wissingen_per_maand AS t (maand, aantal) VALUES (?1, 1)
                        ON CONFLICT (maand) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, maand)
                .executeUpdate();
    }
}
