-- Issue 6, matching at scale: a compact match projection of every AVAILABLE candidate, so a vacancy is matched by
-- a pre-selection in SQL (indexed arrays) instead of reading every profile. Maintained by statement triggers with
-- transition tables on kandidaat, i.e. in the same transaction as the intake upsert, the withdrawal, the erasure
-- (and a bulk COPY) that writes the candidate: no write path can forget it. Only status 'beschikbaar' has a row.
-- ESCO URIs are long (~75 bytes): the projection holds a 32-bit key of each (from md5, stable), which keeps a row
-- small (a few hundred bytes) so the pre-selection reads few pages. Two URIs sharing a key can only make a candidate
-- look MORE related or raise the score bound, never less: the pre-selection stays a superset, the exact score is
-- always computed from the full profile in Java.
CREATE FUNCTION esco_sleutel(uri text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ('x' || left(md5(uri), 8))::bit(32)::integer
$$;

CREATE TABLE kandidaat_match (
    kandidaat_id    uuid PRIMARY KEY REFERENCES kandidaat (id) ON DELETE CASCADE,
    partner         text    NOT NULL,
    woongemeente    text,
    uren            integer NOT NULL,
    rijbewijs       boolean NOT NULL,
    max_km          integer,            -- null: only the named municipalities (or the own one)
    gemeenten       text[]  NOT NULL,   -- municipalities the candidate named as reachable
    beroepen        integer[] NOT NULL, -- keys of the desired and experienced ESCO occupation URIs
    isco_groepen    text[]  NOT NULL,   -- their 4-digit ISCO-08 unit groups
    isco_subgroepen text[]  NOT NULL,   -- their 3-digit ISCO-08 minor groups
    vaardigheden    integer[] NOT NULL, -- keys of the ESCO skill URIs
    opleiding       integer NOT NULL    -- index in Geschiktheid.OPLEIDINGSNIVEAUS, -1 unknown
);
CREATE INDEX kandidaat_match_beroepen ON kandidaat_match USING gin (beroepen);
CREATE INDEX kandidaat_match_isco_subgroepen ON kandidaat_match USING gin (isco_subgroepen);
CREATE INDEX kandidaat_match_vaardigheden ON kandidaat_match USING gin (vaardigheden);

-- The projection of one candidate row (the same expressions for the trigger and the back-fill below).
CREATE FUNCTION kandidaat_match_rij(k kandidaat) RETURNS kandidaat_match LANGUAGE sql STABLE AS $$
    WITH b AS (
        SELECT ARRAY(SELECT DISTINCT u FROM (
                   SELECT jsonb_array_elements_text(coalesce(k.profiel->'gewensteBeroepen', '[]')) AS u
                   UNION ALL
                   SELECT w->>'beroep' FROM jsonb_array_elements(coalesce(k.profiel->'werkervaring', '[]')) w) x
                   WHERE u IS NOT NULL) AS uris)
    SELECT k.id, k.partner, k.woongemeente,
           coalesce((k.profiel->>'urenPerWeek')::int, 0),
           jsonb_array_length(coalesce(k.profiel->'rijbewijzen', '[]')) > 0,
           (k.profiel->'mobiliteit'->>'maximaleReisafstandKm')::int,
           ARRAY(SELECT jsonb_array_elements_text(coalesce(k.profiel->'mobiliteit'->'gemeenten', '[]'))),
           ARRAY(SELECT esco_sleutel(u) FROM unnest(b.uris) u),
           ARRAY(SELECT DISTINCT e.isco_groep FROM esco_beroep e WHERE e.uri = ANY (b.uris)),
           ARRAY(SELECT DISTINCT left(e.isco_groep, 3) FROM esco_beroep e WHERE e.uri = ANY (b.uris)),
           ARRAY(SELECT DISTINCT esco_sleutel(v) FROM jsonb_array_elements_text(coalesce(k.profiel->'vaardigheden', '[]')) v),
           coalesce(array_position(ARRAY['geen', 'basisonderwijs', 'vmbo', 'mbo-1', 'mbo-2', 'mbo-3', 'mbo-4', 'havo',
                                         'vwo', 'hbo', 'wo'], k.profiel->>'opleidingsniveau') - 1, -1)
    FROM b
$$;

CREATE FUNCTION kandidaat_match_bijwerken() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM kandidaat_match m USING nieuw n WHERE m.kandidaat_id = n.id;
    END IF;
    INSERT INTO kandidaat_match
    SELECT r.* FROM nieuw n, LATERAL kandidaat_match_rij(n) r WHERE n.status = 'beschikbaar';
    RETURN NULL;
END;
$$;
-- (PostgreSQL allows transition tables only on single-event triggers: one per event.)
CREATE TRIGGER kandidaat_match_na_insert AFTER INSERT ON kandidaat REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION kandidaat_match_bijwerken();
CREATE TRIGGER kandidaat_match_na_update AFTER UPDATE ON kandidaat REFERENCING NEW TABLE AS nieuw
    FOR EACH STATEMENT EXECUTE FUNCTION kandidaat_match_bijwerken();

INSERT INTO kandidaat_match
SELECT r.* FROM kandidaat k, LATERAL kandidaat_match_rij(k) r WHERE k.status = 'beschikbaar';
