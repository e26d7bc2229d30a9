package nl.wsp.matching.kandidaat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * Keeps this service's copy of the municipalities ({@code gemeente}, which a candidate's residence refers to) equal
 * to the reference file, and the match projection in step with the map its place keys were computed from: when the
 * file differs from the version recorded in {@code referentie_versie}, every projection row is deleted and
 * {@link MatchprojectieHerbouw} (which runs after this, at start-up) rewrites them. One transaction, under an advisory
 * lock, so replicas starting together do it once.
 */
@ApplicationScoped
public class Referentiedata {

    static final String KAART = "arbeidsmarktregios";
    static final String BESTAND = "/wsp/referentie/arbeidsmarktregios.csv";
    private static final long LOCK_KEY = 0x72656664L; // "refd"

    private final AgroalDataSource dataSource;
    private final Clock clock;

    Referentiedata(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void opStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 550) StartupEvent start) {
        bijwerken();
    }

    /** Returns true when the file was new to this database (and the projection was emptied). */
    public boolean bijwerken() {
        String versie = sha256(BESTAND);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean nieuw = bijwerken(c, versie);
                c.commit();
                return nieuw;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reference data could not be stored: " + e.getMessage(), e);
        }
    }

    private boolean bijwerken(Connection c, String versie) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
        try (PreparedStatement lees = c.prepareStatement("SELECT sha256 FROM referentie_versie WHERE naam = ?")) {
            lees.setString(1, KAART);
            try (ResultSet rs = lees.executeQuery()) {
                if (rs.next() && rs.getString(1).equals(versie)) {
                    return false;
                }
            }
        }
        String[] namen = Arbeidsmarktregios.gemeenten().stream().map(Arbeidsmarktregios.Gemeente::naam).toArray(String[]::new);
        String[] regios = Arbeidsmarktregios.gemeenten().stream().map(Arbeidsmarktregios.Gemeente::regio).toArray(String[]::new);
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO gemeente (naam, regio) SELECT * FROM unnest(?::text[], ?::text[])
                ON CONFLICT (naam) DO UPDATE SET regio = excluded.regio""")) {
            upsert.setArray(1, c.createArrayOf("text", namen));
            upsert.setArray(2, c.createArrayOf("text", regios));
            upsert.executeUpdate();
        }
        int weg;
        try (PreparedStatement verwijder = c.prepareStatement("""
                DELETE FROM gemeente g WHERE NOT (g.naam = ANY (?::text[]))
                  AND NOT EXISTS (SELECT 1 FROM kandidaat k WHERE k.woongemeente = g.naam)""")) {
            verwijder.setArray(1, c.createArrayOf("text", namen));
            weg = verwijder.executeUpdate();
        }
        int projectie;
        try (Statement s = c.createStatement()) {
            projectie = s.executeUpdate("DELETE FROM kandidaat_match");
        }
        try (PreparedStatement schrijf = c.prepareStatement("""
                INSERT INTO referentie_versie (naam, sha256, bijgewerkt_op) VALUES (?, ?, ?)
                ON CONFLICT (naam) DO UPDATE SET sha256 = excluded.sha256, bijgewerkt_op = excluded.bijgewerkt_op""")) {
            schrijf.setString(1, KAART);
            schrijf.setString(2, versie);
            schrijf.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            schrijf.executeUpdate();
        }
        Log.infof("reference data %s: %d municipalities, %d old ones removed; %d match projection rows to be rewritten",
                versie.substring(0, 12), namen.length, weg, projectie);
        return true;
    }

    static String sha256(String resource) {
        try (InputStream in = Referentiedata.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (module wsp-data)");
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
