package nl.wsp.matching.kandidaat;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.matchen.Gemeentekaart;
import nl.wsp.matching.matchen.Vacatureprofiel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * The SQL pre-selection of matching, over the compact projection {@code kandidaat_match} (migration V50, kept by
 * triggers in the transaction that writes the candidate). It applies the hard filters that need no explanation per
 * candidate — available, hours, driving licence, mobility — and keeps only candidates <em>related</em> to the
 * vacancy: a desired or experienced occupation in the vacancy's ISCO minor group (or the occupation itself), or at
 * least one of its required skills. A candidate with neither scores at most 20 of 100 when the vacancy requires
 * skills (no occupation points, no required skills, no experience in the group; only optional skills and education)
 * and cannot reach a competitive place: such candidates are left out on purpose.
 * <p>
 * Occupations and skills are compared by their 32-bit keys ({@code esco_sleutel}); a shared key can only widen the
 * selection and raise the bound, never drop a candidate. Each row carries an upper bound of the suitability {@code Geschiktheid} will compute (occupation tier, required and
 * optional skills covered, experience in the ISCO group, education), rows come best bound first, so the caller scores
 * pages until no unread candidate can reach the places it returns.
 */
@ApplicationScoped
public class Voorselectie {

    /** A pre-selected candidate and the most {@code Geschiktheid} can give them (with a margin for rounding). */
    public record Kandidaatgrens(UUID id, double bovengrens) {
    }

    /**
     * The two tiers of related candidates, read in this order: those related by occupation (the occupation itself,
     * or one in its ISCO minor group; selective GIN look-ups) and then those related only by a required skill, who
     * can score at most {@link #BOVENGRENS_ALLEEN_VAARDIGHEDEN} (no occupation points, no experience in the group).
     */
    public enum Verwantschap { BEROEP, ALLEEN_VAARDIGHEDEN }

    /** Required skills 30 + optional skills 10 + education 10, and the rounding margin. */
    public static final double BOVENGRENS_ALLEEN_VAARDIGHEDEN = 30 + 10 + 10 + 0.5;

    private final AgroalDataSource dataSource;
    private volatile List<String> gemeenten;

    Voorselectie(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One tier of pre-selected candidates for a vacancy, highest bound first (then id), from {@code vanaf}, at most {@code aantal}. */
    public List<Kandidaatgrens> kandidaten(Vacatureprofiel v, Verwantschap verwantschap, int vanaf, int aantal) {
        List<Object> params = new ArrayList<>();
        String sql = sql(v, verwantschap, vanaf, aantal, params);
        if (sql == null) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            zet(c, s, params);
            List<Kandidaatgrens> rijen = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rijen.add(new Kandidaatgrens(rs.getObject(1, UUID.class), rs.getDouble(2)));
                }
            }
            return rijen;
        } catch (SQLException e) {
            throw new IllegalStateException("candidate pre-selection failed", e);
        }
    }

    /** The executed plan of {@link #kandidaten} (for the benchmark report). */
    public String plan(Vacatureprofiel v, Verwantschap verwantschap, int aantal) {
        List<Object> params = new ArrayList<>();
        String sql = sql(v, verwantschap, 0, aantal, params);
        if (sql == null) {
            return "";
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            zet(c, s, params);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("plan failed", e);
        }
    }

    private static void zet(Connection c, PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String[] array) {
                s.setArray(i + 1, c.createArrayOf("text", array));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    private String sql(Vacatureprofiel v, Verwantschap verwantschap, int vanaf, int aantal, List<Object> params) {
        String isco = v.iscoGroep() != null && v.iscoGroep().length() == 4 ? v.iscoGroep() : null;
        StringBuilder bovengrens = new StringBuilder("(CASE WHEN m.beroepen @> ARRAY[esco_sleutel(?)] THEN 35");
        params.add(v.beroep());
        if (isco != null) {
            bovengrens.append(" WHEN m.isco_groepen @> ARRAY[?]::text[] THEN 20 WHEN m.isco_subgroepen @> ARRAY[?]::text[] THEN 10");
            params.add(isco);
            params.add(isco.substring(0, 3));
        }
        bovengrens.append(" ELSE 0 END");
        dekking(bovengrens, params, v.vereisteVaardigheden(), 30);
        dekking(bovengrens, params, v.gewensteVaardigheden(), 10);
        // experience counts in the same occupation or in the vacancy's ISCO group; both put that group in isco_groepen
        bovengrens.append(" + CASE WHEN m.beroepen @> ARRAY[esco_sleutel(?)]");
        params.add(v.beroep());
        if (isco != null) {
            bovengrens.append(" OR m.isco_groepen @> ARRAY[?]::text[]");
            params.add(isco);
        }
        bovengrens.append(" THEN 15 ELSE 0 END");
        int niveau = List.of("geen", "basisonderwijs", "vmbo", "mbo-1", "mbo-2", "mbo-3", "mbo-4", "havo", "vwo", "hbo", "wo")
                .indexOf(v.opleidingsniveau() == null ? "" : v.opleidingsniveau());
        bovengrens.append(" + CASE WHEN ? <= 0 OR m.opleiding >= ? THEN 10 WHEN m.opleiding = ? - 1 THEN 5 ELSE 0 END + 0.5)");
        params.add(niveau);
        params.add(niveau);
        params.add(niveau);

        StringBuilder sql = new StringBuilder("SELECT m.kandidaat_id, ").append(bovengrens)
                .append(" AS bovengrens FROM kandidaat_match m WHERE m.uren >= ?");
        params.add(v.urenPerWeek());
        if (v.rijbewijsVereist()) {
            sql.append(" AND m.rijbewijs");
        }
        // mobility, exactly as HardeFilters: a named municipality, or the own one without a distance, or within the distance
        sql.append(" AND (m.gemeenten @> ARRAY[?]::text[] OR (m.max_km IS NULL AND m.woongemeente = ?) OR m.max_km >= CASE m.woongemeente");
        params.add(v.werklocatieGemeente());
        params.add(v.werklocatieGemeente());
        for (String gemeente : gemeenten()) {
            OptionalDouble km = Gemeentekaart.afstandKm(gemeente, v.werklocatieGemeente());
            if (km.isPresent()) {
                sql.append(" WHEN ? THEN ?::float8");
                params.add(gemeente);
                params.add(km.getAsDouble());
            }
        }
        sql.append(" WHEN ? THEN 0::float8 END)");
        params.add(v.werklocatieGemeente());
        // relatedness: the occupation or its ISCO minor group; or else (second tier) a required skill
        String beroepVerwant = isco == null ? "(m.beroepen && ARRAY[esco_sleutel(?)])"
                : "(m.beroepen && ARRAY[esco_sleutel(?)] OR m.isco_subgroepen && ARRAY[?]::text[])";
        if (verwantschap == Verwantschap.BEROEP) {
            sql.append(" AND ").append(beroepVerwant);
        } else {
            if (v.vereisteVaardigheden().isEmpty()) {
                return null;
            }
            sql.append(" AND m.vaardigheden && ARRAY(SELECT esco_sleutel(x) FROM unnest(?::text[]) x) AND NOT ").append(beroepVerwant);
            params.add(v.vereisteVaardigheden().stream().sorted().toArray(String[]::new));
        }
        params.add(v.beroep());
        if (isco != null) {
            params.add(isco.substring(0, 3));
        }
        sql.append(" ORDER BY bovengrens DESC, m.kandidaat_id LIMIT ? OFFSET ?");
        params.add(aantal);
        params.add(vanaf);

        return sql.toString();
    }

    private static void dekking(StringBuilder sql, List<Object> params, java.util.Set<String> vaardigheden, int gewicht) {
        if (vaardigheden.isEmpty()) {
            sql.append(" + ").append(gewicht);
            return;
        }
        sql.append(" + ").append(gewicht).append(".0 * (0");
        for (String vaardigheid : vaardigheden.stream().sorted().toList()) {
            sql.append(" + (m.vaardigheden @> ARRAY[esco_sleutel(?)])::int");
            params.add(vaardigheid);
        }
        sql.append(") / ").append(vaardigheden.size());
    }

    private List<String> gemeenten() {
        List<String> bekend = gemeenten;
        if (bekend == null) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT naam FROM gemeente ORDER BY naam")) {
                List<String> namen = new ArrayList<>();
                while (rs.next()) {
                    namen.add(rs.getString(1));
                }
                bekend = gemeenten = List.copyOf(namen);
            } catch (SQLException e) {
                throw new IllegalStateException("municipalities could not be read", e);
            }
        }
        return bekend;
    }
}
