package nl.wsp.matching.benchmark;

import io.agroal.api.AgroalDataSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.wsp.matching.kandidaat.Matchprojectie;
import nl.wsp.matching.kandidaat.Profiel;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generates available candidates with realistic ESCO distributions straight into {@code kandidaat} with COPY, and
 * their rows of the match projection beside them, computed by {@code Matchprojectie} as the intake does: occupations from ESCO drawn skewed (a few
 * occupations are very common, most rare), each candidate holding most of their occupation's essential skills and
 * some optional ones, target groups, vulnerabilities, hours, licence, mobility and a residence among the regions'
 * municipalities. Also opens vacancies in {@code vacature} like the vacancy events would.
 */
public final class Kandidaatgenerator {

    static final List<String> DOELGROEPEN = List.of("bijstand", "bijstand", "bijstand", "ww", "ww", "nug", "wajong",
            "banenafspraak", "wia-wga", "mogelijk-bijstand", "met-iba", "ww-dsp", "wao");
    static final List<String> KWETSBAARHEDEN = List.of("50-plus", "statushouder", "jongere-zonder-startkwalificatie",
            "alleenstaande-ouder");
    static final List<String> NIVEAUS = List.of("geen", "basisonderwijs", "vmbo", "vmbo", "mbo-1", "mbo-2", "mbo-2",
            "mbo-3", "mbo-4", "havo", "vwo", "hbo", "wo");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int[] REISAFSTANDEN = {5, 10, 15, 20, 25, 30, 40, 60};

    public record Beroep(String uri, String isco, List<String> essentieel, List<String> optioneel) {
    }

    private final AgroalDataSource db;
    private final Random random;
    /** Occupations with skills, in a seeded random order: the first ones are the most common. */
    public final List<Beroep> beroepen;
    private final List<String> gemeenten;
    private final Map<String, String> iscoGroepen = new HashMap<>();

    public Kandidaatgenerator(AgroalDataSource db, long seed) throws SQLException {
        this.db = db;
        this.random = new Random(seed);
        Map<String, Beroep> perUri = new HashMap<>();
        List<String> namen = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT uri, isco_groep FROM esco_beroep ORDER BY uri")) {
                while (rs.next()) {
                    perUri.put(rs.getString(1), new Beroep(rs.getString(1), rs.getString(2), new ArrayList<>(), new ArrayList<>()));
                    iscoGroepen.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT beroep_uri, relatie, vaardigheid_uri FROM esco_beroep_vaardigheid ORDER BY 1, 3")) {
                while (rs.next()) {
                    Beroep b = perUri.get(rs.getString(1));
                    if (b != null) {
                        ("essential".equals(rs.getString(2)) ? b.essentieel() : b.optioneel()).add(rs.getString(3));
                    }
                }
            }
            // the four regions the benchmarks and VoorselectieTest were measured in (the map holds all 35)
            try (ResultSet rs = s.executeQuery("SELECT naam FROM gemeente WHERE regio IN "
                    + "('Amersfoort', 'Gooi en Vechtstreek', 'Midden-Limburg', 'Midden-Brabant') ORDER BY naam")) {
                while (rs.next()) {
                    namen.add(rs.getString(1));
                }
            }
        }
        List<Beroep> lijst = new ArrayList<>(perUri.values().stream().filter(b -> b.essentieel().size() >= 3)
                .sorted((a, b) -> a.uri().compareTo(b.uri())).toList());
        Collections.shuffle(lijst, random);
        this.beroepen = List.copyOf(lijst);
        this.gemeenten = List.copyOf(namen);
        if (beroepen.isEmpty()) {
            throw new IllegalStateException("ESCO is not loaded");
        }
    }

    /** Skewed: the occupation at position i is drawn with a probability falling steeply with i (top 1% ≈ 16%). */
    public Beroep trekBeroep() {
        return beroepen.get((int) (beroepen.size() * Math.pow(random.nextDouble(), 2.5)));
    }

    /** COPYs {@code aantal} candidates of the given partners in chunks; returns the seconds it took. */
    public double genereer(int aantal, List<String> partners) throws SQLException {
        long start = System.nanoTime();
        String kolommen = "id, partner, referentie, status, woongemeente, doelgroepen, profiel, volledigheid, "
                + "ontbrekende_velden, aangemaakt_op, gewijzigd_op";
        String nu = Instant.now().toString();
        int chunk = 50_000;
        try (Connection c = db.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            for (int gedaan = 0; gedaan < aantal; gedaan += chunk) {
                StringBuilder rijen = new StringBuilder(chunk * 900);
                StringBuilder projecties = new StringBuilder(chunk * 300);
                for (int i = gedaan; i < Math.min(aantal, gedaan + chunk); i++) {
                    rij(rijen, projecties, partners.get(random.nextInt(partners.size())), nu);
                }
                try {
                    pg.getCopyAPI().copyIn("COPY kandidaat (" + kolommen + ") FROM STDIN",
                            new ByteArrayInputStream(rijen.toString().getBytes(StandardCharsets.UTF_8)));
                    pg.getCopyAPI().copyIn("COPY kandidaat_match (" + PROJECTIEKOLOMMEN + ") FROM STDIN",
                            new ByteArrayInputStream(projecties.toString().getBytes(StandardCharsets.UTF_8)));
                } catch (java.io.IOException e) {
                    throw new SQLException(e);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE kandidaat");
                // what autovacuum does soon after a bulk load: statistics, and the GIN pending lists merged
                s.execute("VACUUM ANALYZE kandidaat_match");
                // the load's dirty pages written now, not by the checkpointer while the benchmark measures
                s.execute("CHECKPOINT");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static final String PROJECTIEKOLOMMEN = "kandidaat_id, partner, uren, rijbewijs, kwetsbaar, "
            + "kenmerken, beroepen, groepen, ervaring, ervaring_jaren, opleiding, woongemeente, doelgroepen";

    private void rij(StringBuilder sb, StringBuilder projecties, String partner, String nu) throws SQLException {
        Beroep beroep = trekBeroep();
        Set<String> gewenst = new LinkedHashSet<>();
        gewenst.add(beroep.uri());
        Beroep tweede = null;
        if (random.nextDouble() < 0.35) {
            tweede = random.nextBoolean() ? trekBeroep() : beroepen.get(random.nextInt(beroepen.size()));
            gewenst.add(tweede.uri());
        }
        Set<String> vaardigheden = new LinkedHashSet<>();
        double dekking = 0.4 + random.nextDouble() * 0.6;
        for (String v : beroep.essentieel()) {
            if (random.nextDouble() < dekking) vaardigheden.add(v);
        }
        for (String v : beroep.optioneel()) {
            if (random.nextDouble() < 0.2) vaardigheden.add(v);
        }
        if (tweede != null) {
            for (String v : tweede.essentieel()) {
                if (random.nextDouble() < 0.3) vaardigheden.add(v);
            }
        }
        String doelgroep = DOELGROEPEN.get(random.nextInt(DOELGROEPEN.size()));
        int uren = 8 + 4 * random.nextInt(9);
        List<String> kwetsbaarheden = random.nextDouble() < 0.3
                ? List.of(KWETSBAARHEDEN.get(random.nextInt(KWETSBAARHEDEN.size()))) : null;
        int km = REISAFSTANDEN[random.nextInt(REISAFSTANDEN.length)];
        List<String> genoemd = random.nextDouble() < 0.1 ? List.of(gemeenten.get(random.nextInt(gemeenten.size()))) : null;
        List<Profiel.Werkervaring> werkervaring = random.nextDouble() < 0.6
                ? List.of(new Profiel.Werkervaring(beroep.uri(), BigDecimal.valueOf(1 + random.nextInt(10)))) : null;
        String niveau = NIVEAUS.get(random.nextInt(NIVEAUS.size()));
        List<String> rijbewijzen = random.nextDouble() < 0.7 ? List.of("B") : null;
        Profiel profiel = new Profiel(kwetsbaarheden, null, uren, new Profiel.Mobiliteit(km, genoemd), List.copyOf(gewenst),
                List.copyOf(vaardigheden), werkervaring, niveau, null, rijbewijzen, null);
        UUID id = new UUID(random.nextLong(), random.nextLong());
        String woongemeente = gemeenten.get(random.nextInt(gemeenten.size()));
        sb.append(id).append('\t').append(partner).append('\t').append("G-").append(id).append("\tbeschikbaar\t")
                .append(woongemeente).append("\t{").append(doelgroep).append("}\t")
                .append(json(profiel)).append("\t80\t{}\t").append(nu).append('\t').append(nu).append('\n');
        // the projection row the intake would write with it, computed by the same code
        Matchprojectie m = Matchprojectie.van(woongemeente, List.of(doelgroep), profiel, iscoGroepen::get);
        projecties.append(id).append('\t').append(partner).append('\t').append(m.uren()).append('\t').append(m.rijbewijs()).append('\t').append(m.kwetsbaar())
                .append('\t').append(array(m.kenmerken())).append('\t').append(array(m.beroepen())).append('\t')
                .append(array(m.groepen())).append('\t').append(array(m.ervaring())).append('\t')
                .append(Arrays.toString(m.ervaringJaren()).replace('[', '{').replace(']', '}').replace(" ", "")).append('\t')
                .append(m.opleiding()).append('\t').append(woongemeente).append("\t{").append(doelgroep).append("}\n");
    }

    private static String json(Profiel profiel) throws SQLException {
        try {
            return JSON.writeValueAsString(profiel);
        } catch (JsonProcessingException e) {
            throw new SQLException(e);
        }
    }

    private static String array(int[] waarden) {
        return Arrays.toString(waarden).replace('[', '{').replace(']', '}').replace(" ", "");
    }

    /**
     * Opens a vacancy for the occupation (broadcast: no own-caseload window) in {@code regio}, as vacancy-service's events
     * would: only a caller of that region can match it (another region's vacancy is a 404, docs/api.md).
     */
    public UUID openVacature(Beroep beroep, String gemeente, String regio, String accountmanagerPartner) throws SQLException {
        UUID id = UUID.randomUUID();
        List<String> vereist = beroep.essentieel().subList(0, Math.min(5, beroep.essentieel().size()));
        List<String> gewenst = beroep.optioneel().subList(0, Math.min(2, beroep.optioneel().size()));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO vacature (id, werkgever_id, accountmanager_partner, titel, esco_beroep, vereiste_vaardigheden,
                    gewenste_vaardigheden, uren_per_week, werklocatie_gemeente, regio, opleidingsniveau, rijbewijs_vereist,
                    eigen_bestand_tot, breed_uitgezet, status, bijgewerkt_op)
                VALUES (?, ?, ?, 'Benchmark', ?, ?, ?, 24, ?, ?, 'mbo-2', false, now() - interval '1 day', true, 'open', now())""")) {
            s.setObject(1, id);
            s.setObject(2, UUID.randomUUID());
            s.setString(3, accountmanagerPartner);
            s.setString(4, beroep.uri());
            s.setArray(5, c.createArrayOf("text", vereist.toArray()));
            s.setArray(6, c.createArrayOf("text", gewenst.toArray()));
            s.setString(7, gemeente);
            s.setString(8, regio);
            s.executeUpdate();
        }
        return id;
    }
}
