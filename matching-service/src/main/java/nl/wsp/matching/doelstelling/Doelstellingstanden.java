package nl.wsp.matching.doelstelling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * The writes of the two read models reporting's {@code wsp.reporting.doelstelling-status} keeps here
 * ({@link Partnerachterstand}, {@link Doelstellingvoortgang}). Native SQL not for speed but for atomicity (ADR 0026,
 * beside vacancy's {@code Idempotentiesleutels}): {@code INSERT … ON CONFLICT DO UPDATE} creates or replaces the row in
 * one statement, so the first event of a partner's year or of a target never fails on the primary key when another
 * consumer writes the same key at once, and a look-up before {@code persist} would. No benchmark; the exception, named.
 */
@ApplicationScoped
class Doelstellingstanden {

    private final EntityManager em;

    Doelstellingstanden(EntityManager em) {
        this.em = em;
    }

    void bewaarAchterstand(DoelstellingStatusGewijzigdV1 s) {
        em.createNativeQuery("""
                        INSERT INTO doelstelling_status (partner, jaar, regio, achterstand) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (partner, jaar) DO UPDATE SET regio = EXCLUDED.regio, achterstand = EXCLUDED.achterstand""")
                .setParameter(1, s.partner())
                .setParameter(2, s.jaar())
                .setParameter(3, s.regio())
                .setParameter(4, s.achterstand())
                .executeUpdate();
    }

    void bewaarVoortgang(DoelstellingVoortgangGewijzigdV1 v) {
        em.createNativeQuery("""
                        INSERT INTO doelstelling_voortgang (doelstelling_id, regio, van_jaar, tot_jaar, doelgroep, partners, gemeenten,
                                                            doel, gerealiseerd)
                        VALUES (?1, ?2, ?3, ?4, ?5, string_to_array(?6, '|'), string_to_array(?7, '|'), ?8, ?9)
                        ON CONFLICT (doelstelling_id) DO UPDATE SET regio = EXCLUDED.regio, van_jaar = EXCLUDED.van_jaar,
                            tot_jaar = EXCLUDED.tot_jaar, doelgroep = EXCLUDED.doelgroep, partners = EXCLUDED.partners,
                            gemeenten = EXCLUDED.gemeenten, doel = EXCLUDED.doel, gerealiseerd = EXCLUDED.gerealiseerd""")
                .setParameter(1, v.doelstellingId())
                .setParameter(2, v.regio() == null ? "" : v.regio())
                .setParameter(3, v.jaar())
                .setParameter(4, v.totJaar() == null ? v.jaar() : v.totJaar())
                .setParameter(5, v.doelgroep())
                .setParameter(6, String.join("|", v.partners() == null ? List.of() : v.partners()))
                .setParameter(7, String.join("|", v.gemeenten() == null ? List.of() : v.gemeenten()))
                .setParameter(8, v.doel())
                .setParameter(9, v.gerealiseerd())
                .executeUpdate();
    }

    /** A removed target is forgotten. */
    void vergeetVoortgang(UUID doelstellingId) {
        em.createQuery("delete from Doelstellingvoortgang v where v.doelstellingId = :id").setParameter("id", doelstellingId)
                .executeUpdate();
    }
}
