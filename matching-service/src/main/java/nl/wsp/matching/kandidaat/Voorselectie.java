package nl.wsp.matching.kandidaat;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.matchen.Gemeentekaart;
import nl.wsp.matching.matchen.Geschiktheid;
import nl.wsp.matching.matchen.Vacatureprofiel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL pre-selection of matching, over the match projection {@code kandidaat_match} ({@link Matchprojectie},
 * written with the candidate). It returns the candidates that are <em>related</em> to the vacancy (a desired or
 * experienced occupation in the vacancy's ISCO minor group) or, in the last phase, hold at least one of its required
 * skills — and that pass the hard filters that need no explanation per candidate: hours, driving licence, the
 * own-caseload window's partner, and mobility. Relatedness and mobility are one GIN look-up: the candidate's
 * {@code kenmerken} hold a key per (related group, municipality, distance class) besides the skills, and the vacancy
 * asks for every (municipality, class) that reaches its work location; the exact distance rule then runs on the few
 * rows found.
 * <p>
 * Each row carries the most {@link Geschiktheid} can give the candidate: the same five factors computed from the
 * projection's keys (occupation tier, required and optional skills covered, years of experience, education), plus a
 * margin for rounding. Keys shared by two texts can only raise it. Rows come highest bound first, so the caller scores
 * them until no unread candidate can reach the places it returns.
 * <p>
 * The phases let a vacancy with a very common occupation stop early: first the related candidates who hold
 * <em>every</em> required skill (one GIN scan intersecting six posting lists), then the other related ones, then the candidates
 * related only by a required skill. Everyone first found in a later phase scores at most {@link #hoogsteGrens}.
 */
@ApplicationScoped
public class Voorselectie {

    /** A pre-selected candidate and the most {@code Geschiktheid} can give them (with a margin for rounding). */
    public record Kandidaatgrens(UUID id, double bovengrens) {
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

    /** Rounding: Geschiktheid rounds each factor and the total to one decimal. */
    static final double MARGE = 0.5;

    private final AgroalDataSource dataSource;
    private final Function<String, String> iscoGroep;

    Voorselectie(AgroalDataSource dataSource, nl.wsp.matching.esco.EscoCatalogus esco) {
        this.dataSource = dataSource;
        this.iscoGroep = esco::iscoGroep;
    }

    /** The phases that apply to this vacancy, in the order to read them. */
    public List<Fase> fasen(Vacatureprofiel v) {
        return v.vereisteVaardigheden().isEmpty() ? List.of(Fase.VERWANT)
                : List.of(Fase.VERWANT_MET_ALLE_VEREISTE_VAARDIGHEDEN, Fase.VERWANT, Fase.ALLEEN_VAARDIGHEDEN);
    }

    /** The most a candidate first found in this phase can score (bound, margin included). */
    public double hoogsteGrens(Vacatureprofiel v, Fase fase) {
        int n = v.vereisteVaardigheden().size();
        return switch (fase) {
            case ALLE_VERWANTEN, VERWANT_MET_ALLE_VEREISTE_VAARDIGHEDEN -> 100 + MARGE;
            case VERWANT -> n == 0 ? 100 + MARGE : 100 - 30.0 / n + MARGE;
            case ALLEEN_VAARDIGHEDEN -> 30 + 10 + 10 + MARGE;
        };
    }

    /**
     * One page of a phase, highest bound first (then id): at most {@code aantal} rows after {@code na} (null: from the
     * start). {@code alleenPartner}: during the own-caseload window, the only partner whose candidates qualify.
     */
    public List<Kandidaatgrens> kandidaten(Vacatureprofiel v, String alleenPartner, Fase fase, Kandidaatgrens na, int aantal) {
        Query q = query(v, alleenPartner, fase, na, aantal, "");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = q.prepare(c)) {
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

    private Query query(Vacatureprofiel v, String alleenPartner, Fase fase, Kandidaatgrens na, int aantal, String voorvoegsel) {
        List<Object> params = new ArrayList<>();
        String isco = v.iscoGroep() != null && v.iscoGroep().length() == 4 ? v.iscoGroep() : null;
        int beroep = Matchsleutel.beroep(v.beroep());
        int[] vereist = sleutels(v.vereisteVaardigheden());

        StringBuilder grens = new StringBuilder("(CASE WHEN m.beroepen @> ARRAY[?] THEN 35");
        params.add(beroep);
        if (v.iscoGroep() != null) {
            grens.append(" WHEN m.groepen @> ARRAY[?] THEN 20");
            params.add(Matchsleutel.iscoGroep(v.iscoGroep()));
        }
        if (isco != null) {
            grens.append(" WHEN m.groepen @> ARRAY[?] THEN 10");
            params.add(Matchsleutel.iscoGroep(isco.substring(0, 3)));
        }
        grens.append(" ELSE 0 END");
        dekking(grens, params, v.vereisteVaardigheden(), 30);
        dekking(grens, params, v.gewensteVaardigheden(), 10);
        // experience: years in the occupation, and half the years in other occupations of its ISCO unit group
        // (the group's sum includes the occupation's own years when it belongs to the group), 5 years for 15 points
        grens.append(" + 3.0 * least(5, coalesce(m.ervaring_jaren[array_position(m.ervaring, ?)], 0)");
        params.add(beroep);
        if (v.iscoGroep() != null) {
            boolean inGroep = v.iscoGroep().equals(iscoGroep.apply(v.beroep()));
            grens.append(inGroep ? " / 2 + coalesce(m.ervaring_jaren[array_position(m.ervaring, ?)], 0) / 2"
                    : " + coalesce(m.ervaring_jaren[array_position(m.ervaring, ?)], 0) / 2");
            params.add(Matchsleutel.iscoGroep(v.iscoGroep()));
        }
        grens.append(")");
        int niveau = Geschiktheid.niveau(v.opleidingsniveau());
        grens.append(niveau <= 0 ? " + 10" : " + CASE WHEN m.opleiding >= ? THEN 10 WHEN m.opleiding = ? THEN 5 ELSE 0 END");
        if (niveau > 0) {
            params.add(niveau);
            params.add(niveau - 1);
        }
        grens.append(" + ").append(MARGE).append(")");

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
        int[] verwant = plaatsen(gemeente, (plaats, klasse) -> Matchsleutel.verwant(groep, plaats, klasse));
        switch (fase) {
            case ALLE_VERWANTEN -> {
                waar.append(" AND m.kenmerken && ?");
                params.add(verwant);
            }
            case VERWANT_MET_ALLE_VEREISTE_VAARDIGHEDEN -> {
                waar.append(" AND m.kenmerken && ? AND m.kenmerken @> ?");
                params.add(verwant);
                params.add(vereist);
            }
            case VERWANT -> {
                waar.append(" AND m.kenmerken && ?");
                params.add(verwant);
                if (vereist.length > 0) {
                    waar.append(" AND NOT m.kenmerken @> ?");
                    params.add(vereist);
                }
            }
            case ALLEEN_VAARDIGHEDEN -> {
                waar.append(" AND m.kenmerken && ? AND m.kenmerken && ? AND NOT m.kenmerken && ?");
                params.add(plaatsen(gemeente, Matchsleutel::bereikbaar));
                params.add(vereist);
                params.add(verwant);
            }
        }
        // the keys found who may come (distance classes are coarse); this is exactly HardeFilters' mobility rule
        waar.append(" AND (m.gemeenten @> ARRAY[?]::text[] OR m.woongemeente = ? OR m.max_km >= CASE m.woongemeente");
        params.add(gemeente);
        params.add(gemeente);
        for (String plaats : Gemeentekaart.gemeenten()) {
            OptionalDouble km = Gemeentekaart.afstandKm(plaats, gemeente);
            if (km.isPresent()) {
                waar.append(" WHEN ? THEN ?::float8");
                params.add(plaats);
                params.add(km.getAsDouble());
            }
        }
        waar.append(" END)");

        StringBuilder sql = new StringBuilder(voorvoegsel).append("SELECT * FROM (SELECT m.kandidaat_id, ").append(grens)
                .append(" AS bovengrens FROM kandidaat_match m").append(waar).append(") p");
        if (na != null) {
            sql.append(" WHERE (p.bovengrens, p.kandidaat_id) < (?, ?)");
            params.add(na.bovengrens());
            params.add(na.id());
        }
        sql.append(" ORDER BY p.bovengrens DESC, p.kandidaat_id DESC LIMIT ?");
        params.add(aantal);
        return new Query(sql.toString(), params);
    }

    /**
     * {@code gewicht} × the share of the vacancy's skills the candidate holds: one intersection of sorted key arrays
     * (intarray). A key shared by several of the vacancy's skills counts for each of them.
     */
    private static void dekking(StringBuilder sql, List<Object> params, Collection<String> vaardigheden, int gewicht) {
        if (vaardigheden.isEmpty()) {
            sql.append(" + ").append(gewicht);
            return;
        }
        Map<Integer, Long> perSleutel = vaardigheden.stream()
                .collect(Collectors.groupingBy(Matchsleutel::vaardigheid, TreeMap::new, Collectors.counting()));
        sql.append(" + ").append(gewicht).append(".0 * (icount(m.kenmerken & ?)");
        params.add(perSleutel.keySet().stream().mapToInt(Integer::intValue).toArray());
        perSleutel.forEach((sleutel, aantal) -> {
            if (aantal > 1) {
                sql.append(" + ").append(aantal - 1).append(" * (m.kenmerken @> ARRAY[?])::int");
                params.add(sleutel);
            }
        });
        sql.append(") / ").append(vaardigheden.size());
    }

    /**
     * The keys of everyone who may be able to work in {@code gemeente}: those filed under the municipality itself
     * (class 0), and for every municipality on the map, those filed under a distance class that reaches it.
     */
    static int[] plaatsen(String gemeente, Plaatssleutel sleutel) {
        java.util.stream.IntStream.Builder sleutels = java.util.stream.IntStream.builder();
        sleutels.add(sleutel.van(gemeente, 0));
        for (String plaats : Gemeentekaart.gemeenten()) {
            OptionalDouble km = Gemeentekaart.afstandKm(plaats, gemeente);
            if (km.isPresent()) {
                for (int klasse : Matchsleutel.AFSTANDSKLASSEN) {
                    if (klasse > 0 && klasse >= km.getAsDouble()) {
                        sleutels.add(sleutel.van(plaats, klasse));
                    }
                }
            }
        }
        return sleutels.build().sorted().distinct().toArray();
    }

    @FunctionalInterface
    interface Plaatssleutel {
        int van(String gemeente, int afstandsklasse);
    }

    private static int[] sleutels(Collection<String> vaardigheden) {
        return vaardigheden.stream().mapToInt(Matchsleutel::vaardigheid).sorted().distinct().toArray();
    }
}
