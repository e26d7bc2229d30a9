package nl.wsp.vacancy.esco;

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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Loads the ESCO occupations and skills into this service's database at start-up, once per version: the vacancy's
 * occupation and skills must be URIs that exist. Uses PostgreSQL's COPY (pgjdbc's CopyManager): ~17,000 rows in well
 * under a second. Replicas starting together serialise on an advisory lock; the second finds the version present.
 * The gzip-compressed CSVs come from the classpath ({@code wsp/esco/*.csv.gz} of the {@code wsp-data} module, ADR 0006),
 * or from {@code wsp.esco.directory} when that is set (another ESCO export, same file names). ESCO's export has no
 * Dutch skill labels: {@code skills_nl.csv.gz} (data/esco/skills_nl.README.md) fills them where it has one; a
 * directory without that file keeps the export's own.
 * <p>
 * JDBC (one of vacancy-service's named SQL classes, docs/adr/0026-one-persistence-style.md): COPY has no JPA form;
 * docs/performance.md, "Start-up of {@code ./wsp up}" measures the load (vacancy's ESCO 1.1 s of a cold start).
 */
@ApplicationScoped
public class EscoLoader {

    private static final Logger LOG = Logger.getLogger(EscoLoader.class);
    private static final String NL_VAARDIGHEDEN = "skills_nl.csv.gz";
    private static final long LOCK_KEY = 0x6573636fL; // "esco"
    /** What a load adds to the export beyond its own files; a new value reloads a stored version once (upsert). */
    static final String AANVULLING = "vaardigheden-nl";

    private final AgroalDataSource dataSource;
    private final Optional<Path> directory;
    private final String version;
    private final Clock clock;

    EscoLoader(AgroalDataSource dataSource,
               @ConfigProperty(name = "wsp.esco.directory") Optional<String> directory,
               @ConfigProperty(name = "wsp.esco.version", defaultValue = "v1.1.1") String version,
               Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory.map(Path::of);
        this.version = version;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        load();
    }

    /** Loads the configured version unless it is already stored; returns true when it loaded. */
    public boolean load() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                boolean loaded = load(c);
                c.commit();
                return loaded;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ESCO " + version + " could not be loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("ESCO " + version + " could not be read from " + bron(), e);
        }
    }

    private boolean load(Connection c) throws SQLException, IOException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
        try (PreparedStatement present = c.prepareStatement("SELECT 1 FROM esco_versie WHERE versie = ?")) {
            present.setString(1, marker());
            try (ResultSet rs = present.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        long started = System.nanoTime();
        try (var st = c.createStatement()) {
            // staged, then upserted: vacancies refer to occupations, and ESCO keeps its URIs across versions
            st.execute("CREATE TEMP TABLE esco_beroep_nieuw (LIKE esco_beroep) ON COMMIT DROP");
            st.execute("CREATE TEMP TABLE esco_vaardigheid_nieuw (LIKE esco_vaardigheid) ON COMMIT DROP");
            st.execute("CREATE TEMP TABLE esco_vaardigheid_nl (uri text PRIMARY KEY, label_nl text, alt_labels_nl text) ON COMMIT DROP");
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long beroepen = copy(copy, "COPY esco_beroep_nieuw (uri, isco_groep, code, label_nl, label_en, alt_labels_nl, alt_labels_en) "
                + "FROM STDIN WITH (FORMAT csv, HEADER true)", "occupations.csv.gz");
        long vaardigheden = copy(copy, "COPY esco_vaardigheid_nieuw (uri, soort, hergebruik, label_nl, label_en, alt_labels_en) "
                + "FROM STDIN WITH (FORMAT csv, HEADER true)", "skills.csv.gz");
        long nederlands = 0;
        if (bestaat(NL_VAARDIGHEDEN)) {
            // ESCO's export has no Dutch skill labels; data/esco/skills_nl.csv gives them for part of the skills
            copy(copy, "COPY esco_vaardigheid_nl (uri, label_nl, alt_labels_nl) FROM STDIN WITH (FORMAT csv, HEADER true)", NL_VAARDIGHEDEN);
            try (var st = c.createStatement()) {
                nederlands = st.executeUpdate("""
                        UPDATE esco_vaardigheid_nieuw v SET label_nl = nl.label_nl FROM esco_vaardigheid_nl nl
                        WHERE nl.uri = v.uri AND v.label_nl IS NULL AND nl.label_nl <> ''""");
            }
        }
        try (var st = c.createStatement()) {
            st.execute("""
                    INSERT INTO esco_beroep SELECT * FROM esco_beroep_nieuw ON CONFLICT (uri) DO UPDATE SET
                      isco_groep = excluded.isco_groep, code = excluded.code, label_nl = excluded.label_nl,
                      label_en = excluded.label_en, alt_labels_nl = excluded.alt_labels_nl, alt_labels_en = excluded.alt_labels_en""");
            st.execute("""
                    INSERT INTO esco_vaardigheid SELECT * FROM esco_vaardigheid_nieuw ON CONFLICT (uri) DO UPDATE SET
                      soort = excluded.soort, hergebruik = excluded.hergebruik, label_nl = excluded.label_nl,
                      label_en = excluded.label_en, alt_labels_en = excluded.alt_labels_en""");
        }
        try (PreparedStatement mark = c.prepareStatement("INSERT INTO esco_versie (versie, geladen_op) VALUES (?, ?)")) {
            mark.setString(1, marker());
            mark.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            mark.executeUpdate();
        }
        LOG.infof("ESCO %s loaded: %d occupations, %d skills (%d with a Dutch label) in %d ms", version, beroepen,
                vaardigheden, nederlands, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private long copy(CopyManager copy, String sql, String file) throws SQLException, IOException {
        try (Reader in = new InputStreamReader(new GZIPInputStream(open(file), 1 << 16), StandardCharsets.UTF_8)) {
            return copy.copyIn(sql, in);
        }
    }

    private String marker() {
        return version + "+" + AANVULLING;
    }

    private boolean bestaat(String file) {
        return directory.map(d -> Files.exists(d.resolve(file)))
                .orElseGet(() -> EscoLoader.class.getResource("/wsp/esco/" + file) != null);
    }

    private InputStream open(String file) throws IOException {
        if (directory.isPresent()) {
            return Files.newInputStream(directory.get().resolve(file));
        }
        InputStream in = EscoLoader.class.getResourceAsStream("/wsp/esco/" + file);
        if (in == null) {
            throw new FileNotFoundException("classpath:wsp/esco/" + file);
        }
        return in;
    }

    private String bron() {
        return directory.map(d -> d.toAbsolutePath().toString()).orElse("classpath:wsp/esco");
    }
}
