-- Issue 6, matching at 1,000,000 candidates: the match projection is rebuilt so that one GIN look-up answers
-- "related to the vacancy's occupation", "can reach the work location" (until now the mobility filter ran on
-- every related row) and "holds every required skill", and so that the score bound is exact up to rounding (experience years included).
-- The projection is now computed in Java (kandidaat.Matchprojectie) from the profile the intake stores and written
-- by the intake statement itself; the per-row SQL that rebuilt it from JSON in a trigger goes, which also takes that
-- work off the intake's write path (issue 5). Keys: see kandidaat.Matchsleutel. Rows of candidates that were in the
-- old projection are rebuilt at start-up (kandidaat.MatchprojectieHerbouw).
DROP TRIGGER kandidaat_match_na_insert ON kandidaat;
DROP TRIGGER kandidaat_match_na_update ON kandidaat;
DROP FUNCTION kandidaat_match_bijwerken();
DROP FUNCTION kandidaat_match_rij(kandidaat);
DROP TABLE kandidaat_match;
DROP FUNCTION esco_sleutel(text);

-- int[] intersection and containment in C, and the GIN operator class for them
CREATE EXTENSION IF NOT EXISTS intarray;

-- Derived data, like an index: written only by the statement that writes the candidate, removed by the trigger
-- below, so no foreign key (its check would cost a locked look-up per candidate on the intake path).
CREATE TABLE kandidaat_match (
    kandidaat_id    uuid PRIMARY KEY,
    partner         text     NOT NULL,
    uren            smallint NOT NULL,
    rijbewijs       boolean  NOT NULL,
    kwetsbaar       boolean  NOT NULL, -- priority rule 5
    woongemeente    text,
    max_km          smallint,          -- null: only the own and the named municipalities
    gemeenten       text[]   NOT NULL, -- named municipalities
    kenmerken       int[]    NOT NULL, -- (related group, municipality, distance class), (municipality, class), skills
    beroepen        int[]    NOT NULL, -- desired and experienced occupations
    groepen         int[]    NOT NULL, -- ISCO unit and minor groups of the desired occupations
    ervaring        int[]    NOT NULL, -- experienced occupations and their ISCO unit groups …
    ervaring_jaren  float8[] NOT NULL, -- … and the years in each (as Java's doubles: the score is computed alike)
    opleiding       smallint NOT NULL  -- index in Geschiktheid.OPLEIDINGSNIVEAUS, -1 unknown
);
-- one index: a scan with several keys intersects their posting lists inside the index
CREATE INDEX kandidaat_match_kenmerken ON kandidaat_match USING gin (kenmerken gin__int_ops);

-- Only available candidates are matched: a withdrawal or an erasure takes the row out in the same transaction,
-- whichever statement does it. (Becoming available again goes through the intake, which writes the row.)
CREATE FUNCTION kandidaat_match_vervalt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM kandidaat_match WHERE kandidaat_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER kandidaat_niet_meer_beschikbaar AFTER UPDATE OF status ON kandidaat
    FOR EACH ROW WHEN (NEW.status <> 'beschikbaar') EXECUTE FUNCTION kandidaat_match_vervalt();
