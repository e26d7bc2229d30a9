-- Issue 14, item 6: a proposal records the decision that placed the candidate where they stood, computed at proposal
-- time from the same ranking the match answer gives (docs/adr/0016-verwerkingslogboek.md): the place, the suitability
-- with its factors, the priority rule and the version of the rules. Null for proposals made before this migration.
ALTER TABLE voordracht
    ADD COLUMN rang         integer CHECK (rang > 0),   -- the place in the ranking; null when not ranked (see besluit)
    ADD COLUMN geschiktheid double precision,           -- the suitability score, 0-100
    ADD COLUMN regelsversie text,                       -- e.g. prioriteit-v1
    ADD COLUMN besluit      text;                       -- the whole decision as JSON (factors, rule, whom it passed)
