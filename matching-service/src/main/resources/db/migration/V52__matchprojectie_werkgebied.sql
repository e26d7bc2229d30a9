-- Issue 6, matching at 1,000,000 candidates: a candidate's projection keys now name every municipality they may work
-- in (kandidaat.Matchprojectie.werkgebied) instead of their residence under distance classes, so "related and may
-- come" and "may come" are one key each and a vacancy's pre-selection is a single GIN scan led by its rarest key.
-- The mobility filter is then answered by the keys exactly, and the columns it ran on go. The rows hold the old keys:
-- they are removed here and written anew at start-up (kandidaat.MatchprojectieHerbouw).
TRUNCATE kandidaat_match;
ALTER TABLE kandidaat_match DROP COLUMN woongemeente, DROP COLUMN max_km, DROP COLUMN gemeenten;
COMMENT ON COLUMN kandidaat_match.kenmerken IS
    'keys of (related occupation group, municipality the candidate may work in), of those municipalities, and of the skills';
