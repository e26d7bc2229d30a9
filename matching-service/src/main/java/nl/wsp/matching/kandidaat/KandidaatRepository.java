package nl.wsp.matching.kandidaat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.esco.EscoCatalogus;
import nl.wsp.matching.kandidaat.api.KandidaatInvoer;
import nl.wsp.platform.problem.Regelovertreding;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Candidates in PostgreSQL. The bulk write is one statement per batch: the batch goes in as one JSON array,
 * an INSERT … ON CONFLICT (partner, referentie) DO UPDATE … WHERE the profile hash changed writes only what
 * changed, and the same statement stores the life-domain notes and the audit rows and answers, per reference,
 * whether it was created, updated or unchanged. It also writes the candidate's row of the match projection
 * ({@link Matchprojectie}), so matching sees exactly what was committed. Writes of one partner are serialised (an advisory lock), so
 * its delta feed, ordered by a sequence, never skips a change that committed late.
 * <p>
 * Native SQL through JDBC (ADR 0026): the batch statement is what {@code KandidaatIntakeBenchmark} measures
 * (docs/performance.md, "bulk candidate intake"), and the per-partner advisory lock and the feed's sequence that the
 * withdrawal and the erasure share with it have no JPQL form. The single-candidate reads beside them are not yet
 * converted: a candidate is not an entity yet.
 */
@ApplicationScoped
public class KandidaatRepository {

    private static final String BULK = """
            WITH invoer AS (
                SELECT * FROM json_to_recordset(?::json) AS x(id uuid, referentie text, woongemeente text,
                    doelgroepen text[], profiel jsonb, persoonsgegevens jsonb, leefgebieden jsonb, profiel_hash text,
                    aanleverhash text, volledigheid integer, ontbrekende_velden text[], uren smallint, rijbewijs boolean, kwetsbaar boolean,
                    kenmerken int[], beroepen int[], groepen int[], ervaring int[],
                    ervaring_jaren float8[], opleiding smallint, leeftijdsband text)
            ), geschreven AS (
                INSERT INTO kandidaat AS k (id, partner, referentie, status, woongemeente, doelgroepen, profiel,
                    persoonsgegevens, profiel_hash, aanleverhash, volledigheid, ontbrekende_velden, aangemaakt_op, gewijzigd_op,
                    leeftijdsband)
                SELECT id, ?, referentie, 'beschikbaar', woongemeente, doelgroepen, profiel, persoonsgegevens,
                       profiel_hash, aanleverhash, volledigheid, ontbrekende_velden, ?, ?, leeftijdsband FROM invoer
                ON CONFLICT (partner, referentie) DO UPDATE SET
                    status = 'beschikbaar', reden_intrekking = NULL, woongemeente = EXCLUDED.woongemeente,
                    doelgroepen = EXCLUDED.doelgroepen, profiel = EXCLUDED.profiel,
                    persoonsgegevens = EXCLUDED.persoonsgegevens, profiel_hash = EXCLUDED.profiel_hash,
                    aanleverhash = EXCLUDED.aanleverhash, volledigheid = EXCLUDED.volledigheid, ontbrekende_velden = EXCLUDED.ontbrekende_velden,
                    gewijzigd_op = EXCLUDED.gewijzigd_op, wijziging = nextval('kandidaat_wijziging_seq'),
                    leeftijdsband = EXCLUDED.leeftijdsband
                WHERE k.profiel_hash IS DISTINCT FROM EXCLUDED.profiel_hash OR k.status <> 'beschikbaar'
                RETURNING k.id, k.partner, k.referentie, (k.xmax = 0) AS nieuw
            ), anders_verzonden AS (
                -- sent in another form (field order, say) but storing the same: only the hash of the form moves, so the
                -- next identical push is recognised without a check (Aanleverhash); not a change, not in the feed
                UPDATE kandidaat k SET aanleverhash = i.aanleverhash FROM invoer i
                WHERE k.partner = ? AND k.referentie = i.referentie AND k.status = 'beschikbaar'
                  AND k.aanleverhash IS DISTINCT FROM i.aanleverhash
                  AND NOT EXISTS (SELECT 1 FROM geschreven g WHERE g.id = k.id)
            ), notities AS (
                INSERT INTO kandidaat_leefgebied (kandidaat_id, notities)
                SELECT g.id, i.leefgebieden FROM geschreven g JOIN invoer i USING (referentie)
                WHERE i.leefgebieden IS NOT NULL
                ON CONFLICT (kandidaat_id) DO UPDATE SET notities = EXCLUDED.notities
            ), zonder_notities AS (
                DELETE FROM kandidaat_leefgebied l USING geschreven g JOIN invoer i USING (referentie)
                WHERE l.kandidaat_id = g.id AND i.leefgebieden IS NULL AND NOT g.nieuw
            ), audit AS (
                -- the processing log: created, updated, and also unchanged (a re-push reads the candidate too)
                INSERT INTO verwerkingslogboek (trace_id, span_id, parent_span_id, handeling, status, begintijd, eindtijd,
                    dienst, activiteit, activiteit_id, activiteit_naam, doel, grondslag, betrokkene, betrokkene_type, wie,
                    rol, partner)
                SELECT l.trace_id, l.span_id, l.parent_span_id,
                       CASE WHEN g.id IS NULL THEN 'ongewijzigd-aangeleverd' WHEN g.nieuw THEN 'aangemaakt' ELSE 'bijgewerkt' END,
                       'OK', l.begintijd, l.eindtijd, l.dienst, l.activiteit, l.activiteit_id, l.activiteit_naam, l.doel,
                       l.grondslag, coalesce(g.id, k.id), l.betrokkene_type, l.wie, l.rol, l.partner
                FROM invoer i
                CROSS JOIN json_to_record(?::json) AS l(trace_id text, span_id text, parent_span_id text,
                    begintijd timestamptz, eindtijd timestamptz, dienst text, activiteit text, activiteit_id text,
                    activiteit_naam text, doel text, grondslag text, betrokkene_type text, wie text, rol text, partner text)
                LEFT JOIN geschreven g ON g.referentie = i.referentie
                LEFT JOIN kandidaat k ON g.id IS NULL AND k.partner = ? AND k.referentie = i.referentie
                WHERE coalesce(g.id, k.id) IS NOT NULL
            ), projectie AS (
                INSERT INTO kandidaat_match (kandidaat_id, partner, uren, rijbewijs, kwetsbaar, kenmerken, beroepen, groepen,
                    ervaring, ervaring_jaren, opleiding, woongemeente, doelgroepen)
                SELECT g.id, g.partner, i.uren, i.rijbewijs, i.kwetsbaar, i.kenmerken, i.beroepen, i.groepen, i.ervaring,
                       i.ervaring_jaren, i.opleiding, i.woongemeente, coalesce(i.doelgroepen, '{}')
                FROM geschreven g JOIN invoer i USING (referentie)
                ON CONFLICT (kandidaat_id) DO UPDATE SET uren = EXCLUDED.uren, rijbewijs = EXCLUDED.rijbewijs,
                    kwetsbaar = EXCLUDED.kwetsbaar, woongemeente = EXCLUDED.woongemeente, doelgroepen = EXCLUDED.doelgroepen,
                    kenmerken = EXCLUDED.kenmerken, beroepen = EXCLUDED.beroepen, groepen = EXCLUDED.groepen,
                    ervaring = EXCLUDED.ervaring, ervaring_jaren = EXCLUDED.ervaring_jaren,
                    opleiding = EXCLUDED.opleiding
            )
            SELECT i.referentie, coalesce(g.id, k.id),
                   CASE WHEN g.id IS NULL THEN 'ongewijzigd' WHEN g.nieuw THEN 'aangemaakt' ELSE 'bijgewerkt' END
            FROM invoer i
            LEFT JOIN geschreven g USING (referentie)
            LEFT JOIN kandidaat k ON g.id IS NULL AND k.partner = ? AND k.referentie = i.referentie""";

    private static final String KOLOMMEN = """
            id, partner, referentie, status, reden_intrekking, woongemeente, doelgroepen, profiel, persoonsgegevens,
            volledigheid, ontbrekende_velden, aangemaakt_op, gewijzigd_op, leeftijdsband""";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final EscoCatalogus esco;

    KandidaatRepository(AgroalDataSource dataSource, ObjectMapper json, EscoCatalogus esco) {
        this.dataSource = dataSource;
        this.json = json;
        this.esco = esco;
    }

    /** One row of the batch as the statement reads it; the JSON parts are already serialised. */
    record Rij(UUID id, String referentie, String woongemeente, List<String> doelgroepen,
               @JsonRawValue String profiel, @JsonRawValue String persoonsgegevens,
               @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue String leefgebieden,
               @JsonProperty("profiel_hash") String profielHash, String aanleverhash, int volledigheid,
               @JsonProperty("ontbrekende_velden") List<String> ontbrekendeVelden,
               @JsonUnwrapped Matchprojectie matchprojectie, String leeftijdsband) {
    }

    public record Geschreven(UUID id, String resultaat) {
    }


    /**
     * Writes a batch of one partner in one round trip; answers per reference. Runs in the caller's transaction. Every
     * candidate of the batch gets its row in the processing log, from {@code logregel} (the columns of the call's row).
     */
    public Map<String, Geschreven> schrijf(String partner, List<Aanlevering> batch, Instant nu, Map<String, String> logregel) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        List<Rij> rijen = new ArrayList<>(batch.size());
        for (Aanlevering a : batch) {
            rijen.add(new Rij(UUID.randomUUID(), a.referentie(), a.woongemeente(), a.doelgroepen(), a.json().profiel(),
                    a.json().persoonsgegevens(), a.json().leefgebieden(), a.hash(), a.aanleverhash(), a.volledigheid().score(),
                    a.volledigheid().ontbrekendeVelden(), Matchprojectie.van(a.woongemeente(), a.doelgroepen(), a.profiel(),
                    esco::iscoGroep), a.leeftijdsband()));
        }
        OffsetDateTime tijd = OffsetDateTime.ofInstant(nu, ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            vergrendel(c, partner);
            try (PreparedStatement s = c.prepareStatement(BULK)) {
                s.setString(1, json.writeValueAsString(rijen));
                s.setString(2, partner);
                s.setObject(3, tijd);
                s.setObject(4, tijd);
                s.setString(5, partner);
                s.setString(6, json.writeValueAsString(logregel));
                s.setString(7, partner);
                s.setString(8, partner);
                Map<String, Geschreven> uitkomst = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        uitkomst.put(rs.getString(1), new Geschreven(rs.getObject(2, UUID.class), rs.getString(3)));
                    }
                }
                return uitkomst;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("candidate batch could not be written", e);
        }
    }

    /** An available candidate as stored, for an item sent exactly as it was ({@link Aanleverhash}). */
    public record Ongewijzigd(UUID id, String aanleverhash, int volledigheid, List<String> ontbrekendeVelden) {
    }

    /**
     * Of these references and the hashes of their items as sent ({@code null}: no candidate), those of an available
     * candidate of the partner stored from an item with the same hash, by reference (the caller compares the hash:
     * a reference sent twice in a batch, once as stored, is found once). One round trip over the unique
     * index (partner, referentie); read without the partner's lock: a push that commits meanwhile comes after this one.
     */
    public Map<String, Ongewijzigd> ongewijzigd(String partner, String[] referenties, String[] aanleverhashes) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT k.referentie, k.id, k.aanleverhash, k.volledigheid, k.ontbrekende_velden
                FROM unnest(?::text[], ?::text[]) AS x(referentie, aanleverhash)
                JOIN kandidaat k ON k.partner = ? AND k.referentie = x.referentie AND k.aanleverhash = x.aanleverhash
                WHERE k.status = 'beschikbaar'""")) {
            s.setArray(1, c.createArrayOf("text", referenties));
            s.setArray(2, c.createArrayOf("text", aanleverhashes));
            s.setString(3, partner);
            Map<String, Ongewijzigd> gevonden = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    gevonden.put(rs.getString(1), new Ongewijzigd(rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                            tekstLijst(rs.getArray(5))));
                }
            }
            return gevonden;
        } catch (SQLException e) {
            throw new IllegalStateException("stored candidates could not be read", e);
        }
    }

    /** Serialises the writes of one partner until the transaction ends: its feed order is its commit order. */
    private static void vergrendel(Connection c, String partner) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 5))")) {
            lock.setString(1, "kandidaat:" + partner);
            lock.execute();
        }
    }

    /** A candidate that has not been erased. */
    public Optional<Kandidaat> vind(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + KOLOMMEN + " FROM kandidaat WHERE id = ? AND status <> 'gewist'")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(kandidaat(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("candidate could not be read", e);
        }
    }

    /**
     * The partner's available candidates with these references, by reference (a bulk withdrawal): one round trip over
     * the unique index (partner, referentie).
     */
    public Map<String, Kandidaat> beschikbaar(String partner, List<String> referenties) {
        if (referenties.isEmpty()) {
            return Map.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + KOLOMMEN
                + " FROM kandidaat WHERE partner = ? AND referentie = ANY (?::text[]) AND status = 'beschikbaar'")) {
            s.setString(1, partner);
            s.setArray(2, c.createArrayOf("text", referenties.toArray()));
            Map<String, Kandidaat> gevonden = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Kandidaat k = kandidaat(rs);
                    gevonden.put(k.referentie(), k);
                }
            }
            return gevonden;
        } catch (SQLException e) {
            throw new IllegalStateException("candidates could not be read", e);
        }
    }

    public List<KandidaatInvoer.Leefgebied> leefgebieden(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT notities FROM kandidaat_leefgebied WHERE kandidaat_id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? json.readValue(rs.getString(1), new TypeReference<List<KandidaatInvoer.Leefgebied>>() { })
                        : List.of();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("life-domain notes could not be read", e);
        }
    }

    public void trekIn(Kandidaat k) {
        try (Connection c = dataSource.getConnection()) {
            vergrendel(c, k.partner());
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE kandidaat SET status = ?, reden_intrekking = ?, gewijzigd_op = ?,
                        wijziging = nextval('kandidaat_wijziging_seq') WHERE id = ?""")) {
                s.setString(1, k.status());
                s.setString(2, k.redenIntrekking());
                s.setObject(3, OffsetDateTime.ofInstant(k.gewijzigdOp(), ZoneOffset.UTC));
                s.setObject(4, k.id());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("candidate could not be withdrawn", e);
        }
    }

    /**
     * The handover of an available candidate of {@code van} to {@code naar} under {@code naar}'s reference (ADR 0046):
     * the row, its match projection and its feed move in the caller's transaction; the stored item hash goes, as it was
     * the other partner's item. Both partners' feeds are locked (in name order, so two handovers cannot deadlock), so a
     * push of {@code naar} cannot take the reference meanwhile. False when the candidate is no longer an available one
     * of {@code van}; a reference {@code naar} already uses is a {@link ReferentieBezet}.
     */
    public boolean draagOver(UUID id, String van, String naar, String referentie, Instant nu) {
        try (Connection c = dataSource.getConnection()) {
            vergrendel(c, van.compareTo(naar) < 0 ? van : naar);
            vergrendel(c, van.compareTo(naar) < 0 ? naar : van);
            try (PreparedStatement bezet = c.prepareStatement("SELECT 1 FROM kandidaat WHERE partner = ? AND referentie = ?")) {
                bezet.setString(1, naar);
                bezet.setString(2, referentie);
                try (ResultSet rs = bezet.executeQuery()) {
                    if (rs.next()) {
                        throw new ReferentieBezet();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE kandidaat SET partner = ?, referentie = ?, aanleverhash = NULL, gewijzigd_op = ?,
                        wijziging = nextval('kandidaat_wijziging_seq')
                    WHERE id = ? AND partner = ? AND status = 'beschikbaar'""");
                 PreparedStatement m = c.prepareStatement("UPDATE kandidaat_match SET partner = ? WHERE kandidaat_id = ?")) {
                s.setString(1, naar);
                s.setString(2, referentie);
                s.setObject(3, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC));
                s.setObject(4, id);
                s.setString(5, van);
                if (s.executeUpdate() == 0) {
                    return false;
                }
                m.setString(1, naar);
                m.setObject(2, id);
                m.executeUpdate();
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("candidate could not be handed over", e);
        }
    }

    /** The receiving partner has a candidate by this reference already (409): it names another one. */
    public static final class ReferentieBezet extends Regelovertreding {
        ReferentieBezet() {
            super("referentie-bezet", "Deze partner heeft al een kandidaat met deze referentie; kies een andere",
                    Map.of("veld", "referentie"));
        }
    }

    /**
     * Erasure: the personal data, the profile, the partner's reference and the life-domain notes go; a tombstone
     * with the id and the owning partner stays, so the partner's feed can report the erasure.
     */
    public void wis(Kandidaat k, Instant nu) {
        try (Connection c = dataSource.getConnection()) {
            vergrendel(c, k.partner());
            try (PreparedStatement notities = c.prepareStatement("DELETE FROM kandidaat_leefgebied WHERE kandidaat_id = ?");
                 PreparedStatement s = c.prepareStatement("""
                         UPDATE kandidaat SET status = 'gewist', referentie = NULL, reden_intrekking = NULL,
                             woongemeente = NULL, doelgroepen = NULL, profiel = NULL, persoonsgegevens = NULL, leeftijdsband = NULL,
                             profiel_hash = NULL, aanleverhash = NULL, volledigheid = 0, ontbrekende_velden = '{}', gewijzigd_op = ?,
                             wijziging = nextval('kandidaat_wijziging_seq') WHERE id = ?""")) {
                notities.setObject(1, k.id());
                notities.executeUpdate();
                s.setObject(1, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC));
                s.setObject(2, k.id());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("candidate could not be erased", e);
        }
    }

    public record Wijzigingsrij(long volgnummer, UUID id, String referentie, String status, String redenIntrekking,
                            int volledigheid, List<String> ontbrekendeVelden, Instant gewijzigdOp) {
    }

    /** The partner's candidates changed after {@code na}, oldest change first; at most {@code limiet}. */
    public List<Wijzigingsrij> wijzigingen(String partner, long na, int limiet) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT wijziging, id, referentie, status, reden_intrekking, volledigheid, ontbrekende_velden, gewijzigd_op
                     FROM kandidaat WHERE partner = ? AND wijziging > ? ORDER BY wijziging LIMIT ?""")) {
            s.setString(1, partner);
            s.setLong(2, na);
            s.setInt(3, limiet);
            List<Wijzigingsrij> lijst = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lijst.add(new Wijzigingsrij(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), tekstLijst(rs.getArray(7)),
                            rs.getObject(8, OffsetDateTime.class).toInstant()));
                }
            }
            return lijst;
        } catch (SQLException e) {
            throw new IllegalStateException("feed could not be read", e);
        }
    }

    private Kandidaat kandidaat(ResultSet rs) throws SQLException {
        try {
            String profiel = rs.getString("profiel");
            String persoon = rs.getString("persoonsgegevens");
            return new Kandidaat(rs.getObject("id", UUID.class), rs.getString("partner"), rs.getString("referentie"),
                    rs.getString("status"), rs.getString("reden_intrekking"), rs.getString("woongemeente"),
                    tekstLijst(rs.getArray("doelgroepen")),
                    profiel == null ? null : json.readValue(profiel, Profiel.class),
                    persoon == null ? null : json.readValue(persoon, Persoonsgegevens.class),
                    rs.getInt("volledigheid"), tekstLijst(rs.getArray("ontbrekende_velden")),
                    rs.getObject("aangemaakt_op", OffsetDateTime.class).toInstant(),
                    rs.getObject("gewijzigd_op", OffsetDateTime.class).toInstant(), rs.getString("leeftijdsband"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored candidate unreadable", e);
        }
    }

    private static List<String> tekstLijst(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
