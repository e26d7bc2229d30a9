package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import nl.wsp.matching.esco.EscoCatalogus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the match projection of every available candidate that has none: after migration V51 replaced the projection,
 * and for candidates that reached the table another way than the intake (a bulk load). Runs at start-up, after the
 * ESCO import; idempotent, in batches along the primary key.
 */
@ApplicationScoped
public class MatchprojectieHerbouw {

    private static final int BATCH = 2_000;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final EscoCatalogus esco;

    MatchprojectieHerbouw(AgroalDataSource dataSource, ObjectMapper json, EscoCatalogus esco) {
        this.dataSource = dataSource;
        this.json = json;
        this.esco = esco;
    }

    void opStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        int geschreven = herbouw();
        if (geschreven > 0) {
            Log.infof("match projection written for %d available candidates", geschreven);
        }
    }

    /** Returns how many projection rows it wrote. */
    public int herbouw() {
        int geschreven = 0;
        UUID na = new UUID(0, 0); // the lowest in PostgreSQL's (unsigned) order
        try (Connection c = dataSource.getConnection();
             PreparedStatement lees = c.prepareStatement("""
                     SELECT k.id, k.partner, k.woongemeente, k.profiel, k.doelgroepen FROM kandidaat k
                     WHERE k.id > ? AND k.status = 'beschikbaar' AND k.profiel IS NOT NULL
                       AND NOT EXISTS (SELECT 1 FROM kandidaat_match m WHERE m.kandidaat_id = k.id)
                     ORDER BY k.id LIMIT ?""");
             PreparedStatement schrijf = c.prepareStatement("""
                     INSERT INTO kandidaat_match (kandidaat_id, partner, uren, rijbewijs, kwetsbaar, kenmerken, beroepen, groepen,
                         ervaring, ervaring_jaren, opleiding, woongemeente, doelgroepen)
                     SELECT x.id, x.partner, x.uren, x.rijbewijs, x.kwetsbaar, x.kenmerken, x.beroepen, x.groepen, x.ervaring,
                            x.ervaring_jaren, x.opleiding, k.woongemeente, coalesce(k.doelgroepen, '{}')
                     FROM json_to_recordset(?::json) AS x(id uuid, partner text, uren smallint, rijbewijs boolean, kwetsbaar boolean,
                         kenmerken int[], beroepen int[], groepen int[], ervaring int[], ervaring_jaren float8[], opleiding smallint)
                     JOIN kandidaat k ON k.id = x.id AND k.status = 'beschikbaar'
                     ON CONFLICT (kandidaat_id) DO NOTHING""")) {
            while (true) {
                lees.setObject(1, na);
                lees.setInt(2, BATCH);
                List<Map<String, Object>> rijen = new ArrayList<>();
                try (ResultSet rs = lees.executeQuery()) {
                    while (rs.next()) {
                        na = rs.getObject(1, UUID.class);
                        java.sql.Array doelgroepen = rs.getArray(5);
                        Matchprojectie m = Matchprojectie.van(rs.getString(3),
                                doelgroepen == null ? List.of() : List.of((String[]) doelgroepen.getArray()),
                                json.readValue(rs.getString(4), Profiel.class), esco::iscoGroep);
                        Map<String, Object> rij = new LinkedHashMap<>(json.convertValue(m, Map.class));
                        rij.put("id", na);
                        rij.put("partner", rs.getString(2));
                        rijen.add(rij);
                    }
                }
                if (!rijen.isEmpty()) {
                    schrijf.setString(1, json.writeValueAsString(rijen));
                    geschreven += schrijf.executeUpdate();
                }
                if (rijen.size() < BATCH) {
                    return geschreven;
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("match projection could not be rebuilt", e);
        }
    }
}
