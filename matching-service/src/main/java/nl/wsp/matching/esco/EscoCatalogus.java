package nl.wsp.matching.esco;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what a partner system sends (an ESCO URI, or a free-text occupation or skill label in Dutch or English,
 * preferred or alternative) to an ESCO URI. URIs and exact labels are answered from memory; what remains is
 * matched on trigram similarity in PostgreSQL (pg_trgm), one query per batch.
 */
@ApplicationScoped
public class EscoCatalogus {

    /** A label this close to a stored label (pg_trgm similarity) counts as that label; below it the value is refused. */
    static final double MINIMALE_GELIJKENIS = 0.5;

    public enum Soort {
        BEROEP("beroep"), VAARDIGHEID("vaardigheid");

        final String code;

        Soort(String code) {
            this.code = code;
        }
    }

    private final AgroalDataSource dataSource;
    private volatile Map<Soort, Index> indexen;
    private volatile Map<String, String> iscoGroepen;

    EscoCatalogus(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Index(Map<String, String> uris, Map<String, String> labels) {
    }

    public static String normaliseer(String label) {
        return label.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Reads the stored taxonomy into memory; called after the import at start-up. */
    public synchronized void laad() {
        Map<Soort, Index> nieuw = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (Soort soort : Soort.values()) {
                Map<String, String> uris = new HashMap<>();
                Map<String, String> labels = new HashMap<>();
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT uri, genormaliseerd FROM esco_label WHERE soort = ? ORDER BY voorkeur DESC, taal DESC, uri")) {
                    s.setString(1, soort.code);
                    s.setFetchSize(10_000);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            String uri = rs.getString(1);
                            uris.putIfAbsent(uri, uri);
                            labels.putIfAbsent(rs.getString(2), uri);
                        }
                    }
                }
                nieuw.put(soort, new Index(uris, labels));
            }
            Map<String, String> isco = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT uri, isco_groep FROM esco_beroep");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    isco.put(rs.getString(1), rs.getString(2));
                }
            }
            iscoGroepen = isco;
        } catch (SQLException e) {
            throw new IllegalStateException("ESCO labels could not be read", e);
        }
        indexen = nieuw;
    }

    private Index index(Soort soort) {
        if (indexen == null) {
            laad();
        }
        return indexen.get(soort);
    }

    /** The 4-digit ISCO-08 unit group of an ESCO occupation URI, or null when unknown. */
    public String iscoGroep(String beroepUri) {
        if (iscoGroepen == null) {
            laad();
        }
        return beroepUri == null ? null : iscoGroepen.get(beroepUri);
    }

    public boolean bestaat(Soort soort, String uri) {
        return index(soort).uris().containsKey(uri);
    }

    /** The URI for a URI or an exact (case-insensitive) label, without the database. */
    public Optional<String> exact(Soort soort, String waarde) {
        Index index = index(soort);
        String uri = index.uris().get(waarde.trim());
        if (uri != null) {
            return Optional.of(uri);
        }
        return Optional.ofNullable(index.labels().get(normaliseer(waarde)));
    }

    /**
     * Resolves many values at once: exact first, then one similarity query for the rest. Values that resolve
     * to nothing are absent from the answer.
     */
    public Map<String, String> los(Soort soort, Collection<String> waarden) {
        Map<String, String> opgelost = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (String waarde : waarden) {
            if (opgelost.containsKey(waarde)) {
                continue;
            }
            exact(soort, waarde).ifPresentOrElse(uri -> opgelost.put(waarde, uri), () -> rest.add(waarde));
        }
        if (rest.isEmpty()) {
            return opgelost;
        }
        List<String> genormaliseerd = rest.stream().map(EscoCatalogus::normaliseer).toList();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT q.nr, best.uri FROM unnest(?::text[]) WITH ORDINALITY AS q(waarde, nr)
                     CROSS JOIN LATERAL (
                         SELECT l.uri FROM esco_label l
                         WHERE l.soort = ? AND l.genormaliseerd % q.waarde
                           AND similarity(l.genormaliseerd, q.waarde) >= ?
                         ORDER BY similarity(l.genormaliseerd, q.waarde) DESC, l.voorkeur DESC, l.uri
                         LIMIT 1) best""")) {
            s.setArray(1, c.createArrayOf("text", genormaliseerd.toArray()));
            s.setString(2, soort.code);
            s.setDouble(3, MINIMALE_GELIJKENIS);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    opgelost.put(rest.get(rs.getInt(1) - 1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ESCO label lookup failed", e);
        }
        return opgelost;
    }
}
