-- A failed processing leaves a row with status ERROR (docs/adr/0016-verwerkingslogboek.md, "failed processing"). A call
-- that failed before it named any data subject (a refusal, bad input) has no betrokkene: the row says who tried what,
-- when and in which trace, never whose data, and never an id the caller typed. Every OK row names its data subject.
-- Version 170.5: above every service migration that existed when it was added (matching's and reporting's V170), so
-- databases that already ran those apply it in order; a later service migration must be above it.
ALTER TABLE verwerkingslogboek ALTER COLUMN betrokkene DROP NOT NULL;
ALTER TABLE verwerkingslogboek ALTER COLUMN betrokkene_type DROP NOT NULL;
ALTER TABLE verwerkingslogboek ADD CONSTRAINT verwerkingslogboek_betrokkene_bij_ok
    CHECK (status = 'ERROR' OR (betrokkene IS NOT NULL AND betrokkene_type IS NOT NULL));
ALTER TABLE verwerkingslogboek ADD CONSTRAINT verwerkingslogboek_type_bij_betrokkene
    CHECK ((betrokkene IS NULL) = (betrokkene_type IS NULL));
