package nl.wsp.reporting.banenafspraak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * The native statements of the Banenafspraak read model and baseline (docs/adr/0045). Native SQL for guarantees, not
 * speed (ADR 0026, like {@code Realisatietellers} and {@code Indicatordoelslot}): {@code INSERT … ON CONFLICT DO UPDATE}
 * raises a month's gained or lost jobs in one statement, so two first events of one key neither fail on the primary key
 * nor lose a count; and a transaction-scoped advisory lock per region and sector serialises setting a baseline, so two
 * first ones cannot both find none and meet the unique constraint as a 500. No benchmark; the exception, named.
 */
@ApplicationScoped
class Banenafspraaktellers {

    private final EntityManager em;

    Banenafspraaktellers(EntityManager em) {
        this.em = em;
    }

    void telGewonnen(String regio, String sector, LocalDate maand) {
        tel(regio, sector, maand, "gewonnen");
    }

    void telVerloren(String regio, String sector, LocalDate maand) {
        tel(regio, sector, maand, "verloren");
    }

    private void tel(String regio, String sector, LocalDate maand, String kolom) {
        em.createNativeQuery("INSERT INTO banenafspraak_banen_per_maand AS t (regio, sector, maand, " + kolom + ") VALUES (?1, ?2, ?3, 1) "
                        + "ON CONFLICT (regio, sector, maand) DO UPDATE SET " + kolom + " = t." + kolom + " + 1")
                .setParameter(1, regio).setParameter(2, sector).setParameter(3, maand)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void vergrendelNulmeting(String regio, String sector) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "banenafspraak-nulmeting:" + regio + ":" + sector).getSingleResult();
    }
}
