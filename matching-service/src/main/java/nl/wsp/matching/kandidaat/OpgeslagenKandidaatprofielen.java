package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.matchen.Kandidaatprofielen;
import nl.wsp.matching.matchen.regels.Kandidaatprofiel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The candidate side of matching, read from the candidates' stored profiles ({@link Kandidaatprofielen}, the port matching
 * owns, so matching does not depend on this package): available candidates as {@link Kandidaatprofiel}, the view without name,
 * contact details or life-domain notes, with the ISCO groups of their desired occupations. Hours and the driving
 * licence are filtered in the database already; the remaining hard filters run in {@code HardeFilters}. The ISCO
 * groups come from the ESCO taxonomy in memory.
 * Matching a vacancy reads only the profiles {@code Voorselectie} picked ({@link #van(List)}); {@link #beschikbaar}
 * reads them all (the unoptimised reference the ranking tests compare with).
 */
@ApplicationScoped
public class OpgeslagenKandidaatprofielen implements Kandidaatprofielen {

    private static final String SELECT = """
            SELECT k.id, k.partner, k.woongemeente, k.doelgroepen, k.profiel
            FROM kandidaat k
            WHERE k.status = 'beschikbaar'""";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final EscoCatalogus esco;

    OpgeslagenKandidaatprofielen(AgroalDataSource dataSource, ObjectMapper json, EscoCatalogus esco) {
        this.dataSource = dataSource;
        this.json = json;
        this.esco = esco;
    }

    /** Available candidates who can work at least {@code minimaalUren} a week and, if asked, hold a driving licence. */
    @Override
    public List<Kandidaatprofiel> beschikbaar(int minimaalUren, boolean rijbewijsVereist) {
        String sql = SELECT + " AND coalesce((k.profiel->>'urenPerWeek')::int, 0) >= ?"
                + (rijbewijsVereist ? " AND jsonb_array_length(coalesce(k.profiel->'rijbewijzen', '[]')) > 0" : "");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, minimaalUren);
            s.setFetchSize(5_000);
            List<Kandidaatprofiel> profielen = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString("profiel") != null) { // only a row written outside the intake lacks one
                        profielen.add(profiel(rs));
                    }
                }
            }
            return profielen;
        } catch (SQLException e) {
            throw new IllegalStateException("candidate profiles could not be read", e);
        }
    }

    /** The matching profiles of the given candidates that are still available (any order). */
    @Override
    public List<Kandidaatprofiel> van(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT + " AND k.id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            List<Kandidaatprofiel> profielen = new ArrayList<>(ids.size());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString("profiel") != null) { // only a row written outside the intake lacks one
                        profielen.add(profiel(rs));
                    }
                }
            }
            return profielen;
        } catch (SQLException e) {
            throw new IllegalStateException("candidate profiles could not be read", e);
        }
    }

    /** One available candidate's matching profile. */
    @Override
    public Optional<Kandidaatprofiel> van(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT + " AND k.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getString("profiel") != null ? Optional.of(profiel(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("candidate profile could not be read", e);
        }
    }

    private Kandidaatprofiel profiel(ResultSet rs) throws SQLException {
        Profiel p;
        try {
            p = json.readValue(rs.getString("profiel"), Profiel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored profile unreadable", e);
        }
        Map<String, Double> werkervaring = new HashMap<>();
        if (p.werkervaring() != null) {
            p.werkervaring().forEach(w -> werkervaring.merge(w.beroep(), w.jaren().doubleValue(), Double::sum));
        }
        return new Kandidaatprofiel(rs.getObject("id", UUID.class), rs.getString("partner"), rs.getString("woongemeente"),
                set(p.gewensteBeroepen()), iscoGroepen(p.gewensteBeroepen()), set(p.vaardigheden()), werkervaring,
                p.opleidingsniveau(), p.urenPerWeek() == null ? 0 : p.urenPerWeek(),
                p.rijbewijzen() != null && !p.rijbewijzen().isEmpty(),
                p.mobiliteit() == null ? null : p.mobiliteit().maximaleReisafstandKm(),
                set(p.mobiliteit() == null ? null : p.mobiliteit().gemeenten()), set(rs.getArray("doelgroepen")),
                set(p.kwetsbaarheden()));
    }

    /** The ISCO unit groups of the desired occupations (from the ESCO taxonomy in memory). */
    private Set<String> iscoGroepen(List<String> beroepen) {
        Set<String> groepen = new HashSet<>();
        if (beroepen != null) {
            beroepen.stream().map(esco::iscoGroep).filter(java.util.Objects::nonNull).forEach(groepen::add);
        }
        return groepen;
    }

    private static Set<String> set(List<String> lijst) {
        return lijst == null ? Set.of() : new HashSet<>(lijst);
    }

    private static Set<String> set(Array array) throws SQLException {
        return array == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
