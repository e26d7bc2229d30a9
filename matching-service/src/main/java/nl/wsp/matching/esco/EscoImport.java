package nl.wsp.matching.esco;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Loads the ESCO taxonomy (occupations, skills, ISCO groups, occupation-skill relations) into this service's
 * database at start-up when the stored version is missing, with PostgreSQL COPY, in one transaction. Replicas
 * starting together wait on an advisory lock, so only one loads. The gzip-compressed CSVs come from the classpath
 * ({@code wsp/esco/*.csv.gz} of the {@code wsp-data} module, ADR 0006), or from {@code wsp.esco.directory} when set.
 */
@ApplicationScoped
public class EscoImport {

    public static final String VERSIE = "v1.1.1";
    private static final Logger LOG = Logger.getLogger(EscoImport.class);
    private static final long LOCK_KEY = 0x6573636fL; // "esco"

    private final AgroalDataSource dataSource;
    private final Optional<Path> directory;
    private final Clock clock;
    private final EscoCatalogus catalogus;

    EscoImport(AgroalDataSource dataSource, @ConfigProperty(name = "wsp.esco.directory") Optional<Path> directory, Clock clock,
               EscoCatalogus catalogus) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.clock = clock;
        this.catalogus = catalogus;
    }

    void onStart(@Observes StartupEvent start) {
        importeerIndienNodig();
        catalogus.laad();
    }

    /** Returns true when this call loaded the taxonomy, false when the version was already there. */
    public boolean importeerIndienNodig() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean geladen = importeer(c);
                c.commit();
                return geladen;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw new IllegalStateException("ESCO " + VERSIE + " could not be loaded from "
                        + directory.map(d -> d.toAbsolutePath().toString()).orElse("classpath:wsp/esco"), e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ESCO import: no database connection", e);
        }
    }

    private boolean importeer(Connection c) throws SQLException, IOException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
        try (PreparedStatement versie = c.prepareStatement("SELECT 1 FROM esco_versie WHERE versie = ?")) {
            versie.setString(1, VERSIE);
            try (ResultSet rs = versie.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE esco_label, esco_beroep_vaardigheid, esco_beroep, esco_vaardigheid, esco_isco_groep, esco_versie");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long groepen = copy(copy, "esco_isco_groep (code, label_en, label_nl)", "isco-groups.csv.gz");
        long beroepen = copy(copy, "esco_beroep (uri, isco_groep, code, label_nl, label_en, alt_nl, alt_en)", "occupations.csv.gz");
        long vaardigheden = copy(copy, "esco_vaardigheid (uri, soort, hergebruik, label_nl, label_en, alt_en)", "skills.csv.gz");
        long relaties = copy(copy, "esco_beroep_vaardigheid (beroep_uri, relatie, vaardigheid_uri)", "occupation-skills.csv.gz");
        try (Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO esco_label (uri, soort, taal, voorkeur, label, genormaliseerd)
                    SELECT uri, soort, taal, voorkeur, label, lower(btrim(label)) FROM (
                        SELECT uri, 'beroep' AS soort, 'nl' AS taal, true AS voorkeur, label_nl AS label FROM esco_beroep
                        UNION ALL SELECT uri, 'beroep', 'en', true, label_en FROM esco_beroep
                        UNION ALL SELECT uri, 'beroep', 'nl', false, unnest(string_to_array(alt_nl, '|')) FROM esco_beroep
                        UNION ALL SELECT uri, 'beroep', 'en', false, unnest(string_to_array(alt_en, '|')) FROM esco_beroep
                        UNION ALL SELECT uri, 'vaardigheid', 'nl', true, label_nl FROM esco_vaardigheid
                        UNION ALL SELECT uri, 'vaardigheid', 'en', true, label_en FROM esco_vaardigheid
                        UNION ALL SELECT uri, 'vaardigheid', 'en', false, unnest(string_to_array(alt_en, '|')) FROM esco_vaardigheid
                    ) labels WHERE label IS NOT NULL AND btrim(label) <> ''""");
            s.execute("ANALYZE esco_label");
            s.execute("ANALYZE esco_beroep_vaardigheid");
        }
        try (PreparedStatement versie = c.prepareStatement("INSERT INTO esco_versie (versie, geladen_op) VALUES (?, ?)")) {
            versie.setString(1, VERSIE);
            versie.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            versie.executeUpdate();
        }
        LOG.infof("ESCO %s loaded: %d ISCO groups, %d occupations, %d skills, %d relations in %d ms", VERSIE, groepen,
                beroepen, vaardigheden, relaties, (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    private long copy(CopyManager copy, String table, String file) throws SQLException, IOException {
        try (Reader in = new InputStreamReader(new GZIPInputStream(open(file), 1 << 16), StandardCharsets.UTF_8)) {
            return copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
    }

    private InputStream open(String file) throws IOException {
        if (directory.isPresent()) {
            return Files.newInputStream(directory.get().resolve(file));
        }
        InputStream in = EscoImport.class.getResourceAsStream("/wsp/esco/" + file);
        if (in == null) {
            throw new FileNotFoundException("classpath:wsp/esco/" + file);
        }
        return in;
    }
}
