package nl.wsp.reporting.indicatordoel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;

/**
 * The one native statement of the read model {@code indicator_per_maand}: an indicator's count in a region, sector and
 * month raised by one. Native SQL for atomicity, not speed (ADR 0026, like {@code Dienstentellers}): {@code INSERT …
 * ON CONFLICT DO UPDATE SET aantal = aantal + 1} creates or raises the row in one statement. No benchmark; named.
 */
@ApplicationScoped
class Indicatortellers {

    private final EntityManager em;

    Indicatortellers(EntityManager em) {
        this.em = em;
    }

    void tel(String regio, String sector, LocalDate maand, String indicator) {
        em.createNativeQuery("""
                        INSERT INTO indicator_per_maand AS t (regio, sector, maand, indicator, aantal) VALUES (?1, ?2, ?3, ?4, 1)
                        ON CONFLICT (regio, sector, maand, indicator) DO UPDATE SET aantal = t.aantal + 1""")
                .setParameter(1, regio).setParameter(2, sector).setParameter(3, maand).setParameter(4, indicator)
                .executeUpdate();
    }
}
