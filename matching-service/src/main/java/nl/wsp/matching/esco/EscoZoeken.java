package nl.wsp.matching.esco;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.esco.api.EscoTreffer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Autocomplete over every ESCO label: prefix matches first, then the most similar labels (pg_trgm). */
@ApplicationScoped
public class EscoZoeken {

    private final AgroalDataSource dataSource;

    EscoZoeken(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<EscoTreffer> beroepen(String zoek, int limiet) {
        return zoek("""
                SELECT t.uri, coalesce(b.label_nl, b.label_en), b.label_en, b.isco_groep, t.label FROM (
                    SELECT DISTINCT ON (l.uri) l.uri, l.label, l.genormaliseerd LIKE ?3 || '%' AS prefix,
                           similarity(l.genormaliseerd, ?3) AS gelijkenis
                    FROM esco_label l
                    WHERE l.soort = 'beroep' AND (l.genormaliseerd LIKE '%' || ?3 || '%' OR l.genormaliseerd % ?3)
                    ORDER BY l.uri, (l.genormaliseerd LIKE ?3 || '%') DESC, similarity(l.genormaliseerd, ?3) DESC
                ) t JOIN esco_beroep b ON b.uri = t.uri
                ORDER BY t.prefix DESC, t.gelijkenis DESC, t.uri LIMIT ?4""", zoek, limiet);
    }

    public List<EscoTreffer> vaardigheden(String zoek, int limiet) {
        return zoek("""
                SELECT t.uri, coalesce(v.label_nl, v.label_en), v.label_en, NULL, t.label FROM (
                    SELECT DISTINCT ON (l.uri) l.uri, l.label, l.genormaliseerd LIKE ?3 || '%' AS prefix,
                           similarity(l.genormaliseerd, ?3) AS gelijkenis
                    FROM esco_label l
                    WHERE l.soort = 'vaardigheid' AND (l.genormaliseerd LIKE '%' || ?3 || '%' OR l.genormaliseerd % ?3)
                    ORDER BY l.uri, (l.genormaliseerd LIKE ?3 || '%') DESC, similarity(l.genormaliseerd, ?3) DESC
                ) t JOIN esco_vaardigheid v ON v.uri = t.uri
                ORDER BY t.prefix DESC, t.gelijkenis DESC, t.uri LIMIT ?4""", zoek, limiet);
    }

    private List<EscoTreffer> zoek(String sql, String zoek, int limiet) {
        String q = EscoCatalogus.normaliseer(zoek);
        String jdbc = sql.replace("?3", "?::text").replace("?4", "?");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(jdbc)) {
            int placeholders = (int) jdbc.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i < placeholders; i++) {
                s.setString(i, q);
            }
            s.setInt(placeholders, limiet);
            List<EscoTreffer> treffers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    treffers.add(new EscoTreffer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return treffers;
        } catch (SQLException e) {
            throw new IllegalStateException("ESCO search failed", e);
        }
    }
}
