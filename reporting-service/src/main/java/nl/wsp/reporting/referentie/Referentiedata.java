package nl.wsp.reporting.referentie;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.util.List;
import java.util.Map;

/**
 * Writes the 35 labour-market regions and their municipalities from the reference file
 * (data/referentie/arbeidsmarktregios.csv) into {@code regio} and {@code gemeente} at start-up: the same regions
 * account-service lets partners and employers use. A municipality that left one of these regions (a merger) leaves
 * its list; rows of no region in the file are left alone. Idempotent, one transaction; replicas serialise on the lock.
 */
@ApplicationScoped
public class Referentiedata {

    private static final long LOCK_KEY = 0x72656664L; // "refd"

    private final EntityManager em;
    private final Regios regios;

    Referentiedata(EntityManager em, Regios regios) {
        this.em = em;
        this.regios = regios;
    }

    @Transactional
    void opStart(@Observes StartupEvent start) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY).getSingleResult();
        int gemeenten = 0;
        int weg = 0;
        for (Map.Entry<String, List<String>> regio : Arbeidsmarktregios.perRegio().entrySet()) {
            em.createNativeQuery("INSERT INTO regio (naam) VALUES (?1) ON CONFLICT DO NOTHING").setParameter(1, regio.getKey())
                    .executeUpdate();
            int volgorde = 1;
            for (String gemeente : regio.getValue()) {
                em.createNativeQuery("""
                                INSERT INTO gemeente (regio, naam, volgorde) VALUES (?1, ?2, ?3)
                                ON CONFLICT (regio, naam) DO UPDATE SET volgorde = excluded.volgorde""")
                        .setParameter(1, regio.getKey()).setParameter(2, gemeente).setParameter(3, volgorde++).executeUpdate();
                gemeenten++;
            }
            weg += em.createNativeQuery("DELETE FROM gemeente WHERE regio = ?1 AND naam NOT IN (?2)")
                    .setParameter(1, regio.getKey()).setParameter(2, regio.getValue()).executeUpdate();
        }
        regios.vergeet();
        Log.infof("reference data: %d regions, %d municipalities (%d no longer in them)", Arbeidsmarktregios.regios().size(),
                gemeenten, weg);
    }
}
