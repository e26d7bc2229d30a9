package nl.wsp.reporting.netwerk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;

/**
 * The native statements of the employer network read model: an employer known (or moved) and its month's contact
 * moments and opened vacancies raised by one. Native SQL for atomicity, not speed (ADR 0026, like {@code Partnertellers}):
 * {@code INSERT … ON CONFLICT DO UPDATE} creates or changes the row in one statement, so two consumers' first events of
 * one employer neither fail on the primary key nor lose a count, and the employer keeps its earliest day
 * ({@code least(…)}) whichever event comes first. No benchmark; the exception, named.
 */
@ApplicationScoped
class Netwerktellers {

    private final EntityManager em;

    Netwerktellers(EntityManager em) {
        this.em = em;
    }

    /** Known since the first event's day; later changes move region, sector and flags, never the day. */
    void kenWerkgever(String werkgeverId, String regio, String sector, boolean keyAccount, boolean smaakmaker, LocalDate dag) {
        em.createNativeQuery("""
                        INSERT INTO netwerk_werkgever AS t (werkgever_id, regio, sector, key_account, smaakmaker, bekend_sinds)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (werkgever_id) DO UPDATE SET regio = EXCLUDED.regio, sector = EXCLUDED.sector,
                            key_account = EXCLUDED.key_account, smaakmaker = EXCLUDED.smaakmaker,
                            bekend_sinds = least(t.bekend_sinds, EXCLUDED.bekend_sinds)""")
                .setParameter(1, werkgeverId).setParameter(2, regio).setParameter(3, sector)
                .setParameter(4, keyAccount).setParameter(5, smaakmaker).setParameter(6, dag)
                .executeUpdate();
    }

    void telContact(String werkgeverId, LocalDate maand) {
        teller("netwerk_contacten_per_maand", werkgeverId, maand);
    }

    void telVacature(String werkgeverId, LocalDate maand) {
        teller("netwerk_vacatures_per_maand", werkgeverId, maand);
    }

    private void teller(String tabel, String werkgeverId, LocalDate maand) {
        em.createNativeQuery("INSERT INTO " + tabel + " AS t (werkgever_id, maand, aantal) VALUES (?1, ?2, 1) "
                        + "ON CONFLICT (werkgever_id, maand) DO UPDATE SET aantal = t.aantal + 1")
                .setParameter(1, werkgeverId).setParameter(2, maand).executeUpdate();
    }
}
