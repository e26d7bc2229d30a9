-- Guaranteed jobs in one unit (issue 18, item 2): the steering report counted vacancies suitable for the Banenafspraak as
-- "available" but placements as "filled", so one vacancy with 3 positions filled by 3 placements read available 1,
-- filled 3. From now on the positions of those vacancies are counted. Existing months carry the vacancy count over
-- (a lower bound: each such vacancy had at least one position); POST /api/v1/rapportages/herbouw makes them exact.
ALTER TABLE vacatures_per_maand ADD COLUMN posities_geschikt_banenafspraak integer NOT NULL DEFAULT 0;
UPDATE vacatures_per_maand SET posities_geschikt_banenafspraak = geschikt_banenafspraak;
