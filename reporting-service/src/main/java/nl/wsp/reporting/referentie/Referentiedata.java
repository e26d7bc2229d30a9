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
 * its list; rows of no region in the file are left alone. Idempotent, three statements in one transaction; replicas
 * serialise on the lock. Native SQL for guarantees JPQL cannot give (ADR 0026): replicas starting at once serialise on
 * an advisory lock (an empty database has no row to lock), and {@code INSERT … ON CONFLICT} writes the whole file in
 * three set-based statements, so every start ends with the file's rows whatever another replica did; {@link Regio} and
 * {@link Gemeente} stay read-only entities. No benchmark; named.
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
        List<Arbeidsmarktregios.Gemeente> alle = Arbeidsmarktregios.gemeenten();
        Map<String, Integer> volgorde = new java.util.HashMap<>();
        StringBuilder regels = new StringBuilder();
        for (Arbeidsmarktregios.Gemeente g : alle) {
            int plaats = volgorde.merge(g.regio(), 1, Integer::sum);
            regels.append(g.regio()).append('\t').append(g.naam()).append('\t').append(plaats).append('\n');
        }
        // one text parameter, split in SQL: three statements instead of one per municipality
        String rijen = "WITH rij AS (SELECT split_part(r, E'\\t', 1) AS regio, split_part(r, E'\\t', 2) AS naam, "
                + "split_part(r, E'\\t', 3)::int AS volgorde FROM unnest(string_to_array(rtrim(?1, E'\\n'), E'\\n')) AS r) ";
        em.createNativeQuery(rijen + "INSERT INTO regio (naam) SELECT DISTINCT regio FROM rij ON CONFLICT DO NOTHING")
                .setParameter(1, regels.toString()).executeUpdate();
        int gemeenten = em.createNativeQuery(rijen + "INSERT INTO gemeente (regio, naam, volgorde) SELECT regio, naam, volgorde FROM rij "
                        + "ON CONFLICT (regio, naam) DO UPDATE SET volgorde = excluded.volgorde")
                .setParameter(1, regels.toString()).executeUpdate();
        int weg = em.createNativeQuery(rijen + "DELETE FROM gemeente g WHERE g.regio IN (SELECT regio FROM rij) "
                        + "AND NOT EXISTS (SELECT 1 FROM rij WHERE rij.regio = g.regio AND rij.naam = g.naam)")
                .setParameter(1, regels.toString()).executeUpdate();
        regios.vergeet();
        Log.infof("reference data: %d regions, %d municipalities (%d no longer in them)", Arbeidsmarktregios.regios().size(),
                gemeenten, weg);
    }
}
