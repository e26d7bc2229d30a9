package nl.wsp.matching.matchen;

import nl.wsp.matching.matchen.regels.Matchsleutel;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.matchen.regels.Geschiktheid;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL pre-selection of matching, over the match projection {@code kandidaat_match} ({@link Matchprojectie},
 * written with the candidate). It returns the candidates that are <em>related</em> to the vacancy (a desired or
 * experienced occupation in the vacancy's ISCO minor group) or, in the last phase, hold at least one of its required
 * skills — and that pass the hard filters that need no explanation per candidate: hours, driving licence, the
 * own-caseload window's partner, and mobility. Relatedness and mobility are one key: the candidate's {@code kenmerken}
 * hold one per (related group, municipality they may work in) besides the skills, so a phase is a single GIN scan in
 * which the rarest of its keys leads and the others are only checked at the items it finds.
 * <p>
 * Each row carries the suitability {@link Geschiktheid} will give the candidate: the same five factors, rounded the
 * same way, computed from the projection's keys (occupation tier, required and optional skills covered, years of
 * experience, education). A key shared by two texts can only raise it, so it is also an upper bound. Rows come best
 * first, so the caller reads until no unread candidate can reach the places it returns, ranks on these scores, and
 * re-scores the places it returns from the full profiles.
 * <p>
 * The phases let a vacancy with a very common occupation stop early: first the related candidates who hold
 * <em>every</em> required skill (one GIN scan intersecting six posting lists), then the other related ones, then the candidates
 * related only by a required skill. Everyone first found in a later phase scores at most {@link #hoogsteGrens}.
 */
@ApplicationScoped
public class Voorselectie {

    /**
     * A pre-selected candidate with what priority rules need: the partner, rule 5's vulnerability (v1), the residence and
     * target groups (v2: social assistance, and which targets count them, ADR 0027), and the suitability
     * {@code Geschiktheid} will give them (a key shared by two texts can only make it higher).
     */
    public record Kandidaatscore(UUID id, String partner, boolean kwetsbaar, double score, String woongemeente,
                                 java.util.Set<String> doelgroepen) {

        public Kandidaatscore(UUID id, String partner, boolean kwetsbaar, double score) {
            this(id, partner, kwetsbaar, score, null, java.util.Set.of());
        }
    }

    public enum Fase {
        /** Related; every one of them at once (not a reading phase: the single query a benchmark compares with). */
        ALLE_VERWANTEN,
        /** Related, and holding every required skill. */
        VERWANT_MET_ALLE_VEREISTE_VAARDIGHEDEN,
        /** Related (without every required skill, when the vacancy requires any). */
        VERWANT,
        /** Not related, but holding at least one required skill: no occupation points, no related experience. */
        ALLEEN_VAARDIGHEDEN
    }

    private final AgroalDataSource dataSource;
    private final Function<String, String> iscoGroep;

    Voorselectie(AgroalDataSource dataSource, EscoCatalogus esco) {
        this.dataSource = dataSource;
        this.iscoGroep = esco::iscoGroep;
    }

    /** The phases that apply to this vacancy, in the order to read them. */
    public List<Fase> fasen(Vacatureprofiel v) {
        return v.vereisteVaardigheden().isEmpty() ? List.of(Fase.VERWANT)
                : List.of(Fase.VERWANT_MET_ALLE_VEREISTE_VAARDIGHEDEN, Fase.VERWANT, Fase.ALLEEN_VAARDIGHEDEN);
    }

    /** The most a candidate first found in this phase can score. */
    public double hoogsteGrens(Vacatureprofiel v, Fase fase) {
        int n = v.vereisteVaardigheden().size();
        return switch (fase) {
            case ALLE_VERWANTEN, VERWANT_MET_ALLE_VEREISTE_VAARDIGHEDEN -> 100;
            case VERWANT -> n == 0 ? 100 : 35 + Math.round(30.0 * (n - 1) / n * 10) / 10.0 + 10 + 15 + 10;
            case ALLEEN_VAARDIGHEDEN -> 30 + 10 + 10;
        };
    }

    /**
     * One page of a phase, best score first (then id): at most {@code aantal} rows after {@code na} (null: from the
     * start). {@code alleenPartner}: during the own-caseload window, the only partner whose candidates qualify.
     */
    public List<Kandidaatscore> kandidaten(Vacatureprofiel v, String alleenPartner, Fase fase, Kandidaatscore na, int aantal) {
        Query q = query(v, alleenPartner, fase, na, aantal, "");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = q.prepare(c)) {
            List<Kandidaatscore> rijen = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    java.sql.Array doelgroepen = rs.getArray(6);
                    rijen.add(new Kandidaatscore(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), rs.getDouble(4),
                            rs.getString(5), doelgroepen == null ? java.util.Set.of() : java.util.Set.copyOf(java.util.Arrays.asList((String[]) doelgroepen.getArray()))));
                }
            }
            return rijen;
        } catch (SQLException e) {
            throw new IllegalStateException("candidate pre-selection failed", e);
        }
    }

    /** The executed plan of {@link #kandidaten} (for the benchmark report). */
    public String plan(Vacatureprofiel v, Fase fase, int aantal) {
        Query q = query(v, null, fase, null, aantal, "EXPLAIN (ANALYZE, BUFFERS) ");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = q.prepare(c)) {
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

    private record Query(String sql, List<Object> params) {
        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement s = c.prepareStatement(sql);
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof int[] keys) {
                    s.setArray(i + 1, c.createArrayOf("int4", java.util.Arrays.stream(keys).boxed().toArray()));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            return s;
        }
    }

    private Query query(Vacatureprofiel v, String alleenPartner, Fase fase, Kandidaatscore na, int aantal, String voorvoegsel) {
        List<Object> params = new ArrayList<>();
        String isco = v.iscoGroep() != null && v.iscoGroep().length() == 4 ? v.iscoGroep() : null;
        int beroep = Matchsleutel.beroep(v.beroep());
        int[] vereist = sleutels(v.vereisteVaardigheden());

        // Geschiktheid's five factors, each rounded to one decimal as it does (Math.round: floor(x + 0.5)), in doubles
        StringBuilder score = new StringBuilder("floor((CASE WHEN m.beroepen @> ARRAY[?] THEN 35");
        params.add(beroep);
        if (v.iscoGroep() != null) {
            score.append(" WHEN m.groepen @> ARRAY[?] THEN 20");
            params.add(Matchsleutel.iscoGroep(v.iscoGroep()));
        }
        if (isco != null) {
            score.append(" WHEN m.groepen @> ARRAY[?] THEN 10");
            params.add(Matchsleutel.iscoGroep(isco.substring(0, 3)));
        }
        score.append(" ELSE 0 END");
        dekking(score, params, v.vereisteVaardigheden(), 30);
        dekking(score, params, v.gewensteVaardigheden(), 10);
        // experience: the years in the occupation, and half those in other occupations of its ISCO unit group (whose
        // sum includes the occupation's own years when it belongs to the group); 5 years give the full 15 points
        String jaren = "coalesce(m.ervaring_jaren[array_position(m.ervaring, ?)], 0)";
        score.append(" + floor(15::float8 * least(5, ").append(jaren);
        params.add(beroep);
        if (v.iscoGroep() != null) {
            boolean inGroep = v.iscoGroep().equals(iscoGroep.apply(v.beroep()));
            score.append(inGroep ? " + (" + jaren + " - " + jaren + ") / 2" : " + " + jaren + " / 2");
            params.add(Matchsleutel.iscoGroep(v.iscoGroep()));
            if (inGroep) {
                params.add(beroep);
            }
        }
        score.append(") / 5 * 10 + 0.5) / 10");
        int niveau = Geschiktheid.niveau(v.opleidingsniveau());
        score.append(niveau <= 0 ? " + 10" : " + CASE WHEN m.opleiding >= ? THEN 10 WHEN m.opleiding = ? THEN 5 ELSE 0 END");
        if (niveau > 0) {
            params.add(niveau);
            params.add(niveau - 1);
        }
        score.append(") * 10 + 0.5) / 10");

        int groep = Matchsleutel.verwantschapsgroep(v.beroep(), isco);
        String gemeente = v.werklocatieGemeente() == null ? "" : v.werklocatieGemeente();
        StringBuilder waar = new StringBuilder(" WHERE m.uren >= ?");
        params.add(v.urenPerWeek());
        if (v.rijbewijsVereist()) {
            waar.append(" AND m.rijbewijs");
        }
        if (alleenPartner != null) {
            waar.append(" AND m.partner = ?");
            params.add(alleenPartner);
        }
        // related and may work there: one key; as are the skills, so a phase is one GIN scan (the rarest key leads)
        int verwant = Matchsleutel.verwant(groep, gemeente);
        switch (fase) {
            case ALLE_VERWANTEN -> {
                waar.append(" AND m.kenmerken @> ARRAY[?]");
                params.add(verwant);
            }
            case VERWANT_MET_ALLE_VEREISTE_VAARDIGHEDEN -> {
                waar.append(" AND m.kenmerken @> ?");
                params.add(IntStream.concat(IntStream.of(verwant), IntStream.of(vereist)).sorted().distinct().toArray());
            }
            case VERWANT -> {
                waar.append(" AND m.kenmerken @> ARRAY[?]");
                params.add(verwant);
                if (vereist.length > 0) {
                    waar.append(" AND NOT m.kenmerken @> ?");
                    params.add(vereist);
                }
            }
            case ALLEEN_VAARDIGHEDEN -> {
                waar.append(" AND m.kenmerken @> ARRAY[?] AND m.kenmerken && ? AND NOT m.kenmerken @> ARRAY[?]");
                params.add(Matchsleutel.bereikbaar(gemeente));
                params.add(vereist);
                params.add(verwant);
            }
        }

        StringBuilder sql = new StringBuilder(voorvoegsel).append("SELECT * FROM (SELECT m.kandidaat_id, m.partner, m.kwetsbaar, ")
                .append(score).append(" AS score, m.woongemeente, m.doelgroepen FROM kandidaat_match m").append(waar).append(") p");
        if (na != null) {
            sql.append(" WHERE (p.score, p.kandidaat_id) < (?, ?)");
            params.add(na.score());
            params.add(na.id());
        }
        sql.append(" ORDER BY p.score DESC, p.kandidaat_id DESC LIMIT ?");
        params.add(aantal);
        return new Query(sql.toString(), params);
    }

    /**
     * {@code gewicht} × the share of the vacancy's skills the candidate holds, rounded as Geschiktheid does: one
     * intersection of sorted key arrays (intarray). A key shared by several of the vacancy's skills counts for each.
     */
    private static void dekking(StringBuilder sql, List<Object> params, Collection<String> vaardigheden, int gewicht) {
        if (vaardigheden.isEmpty()) {
            sql.append(" + ").append(gewicht);
            return;
        }
        Map<Integer, Long> perSleutel = vaardigheden.stream()
                .collect(Collectors.groupingBy(Matchsleutel::vaardigheid, TreeMap::new, Collectors.counting()));
        sql.append(" + floor(").append(gewicht).append("::float8 * (icount(m.kenmerken & ?)");
        params.add(perSleutel.keySet().stream().mapToInt(Integer::intValue).toArray());
        perSleutel.forEach((sleutel, aantal) -> {
            if (aantal > 1) {
                sql.append(" + ").append(aantal - 1).append(" * (m.kenmerken @> ARRAY[?])::int");
                params.add(sleutel);
            }
        });
        sql.append(") / ").append(vaardigheden.size()).append(" * 10 + 0.5) / 10");
    }

    private static int[] sleutels(Collection<String> vaardigheden) {
        return vaardigheden.stream().mapToInt(Matchsleutel::vaardigheid).sorted().distinct().toArray();
    }
}
