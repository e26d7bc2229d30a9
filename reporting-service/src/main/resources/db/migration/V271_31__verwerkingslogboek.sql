-- KOPIE-VAN-HET-FRAME: db/platform/logboek/V60_5 and V170_5, in that order (issue 17 item 4, docs/adr/0033).
-- reporting's per-adviser report names advisers, so this service keeps the frame's processing log too. Its databases
-- already ran V271_13 and later, and Flyway (outOfOrder off) refuses the frame's V60_5 and V170_5 there; so the same
-- statements are applied here, in order. VerwerkingslogboekKopieTest holds this file to the frame's two, statement for
-- statement; a later frame migration of the table (above V271_31) applies to it as to every service's.
-- EINDE-KOP
-- The processing log ("Logboek dataverwerkingen", Logius; docs/adr/0016-verwerkingslogboek.md): one row per action on
-- one data subject's personal data. The fields follow the standard's interface: trace_id, span_id, parent_span_id,
-- name, status_code, start_time, end_time, resource (the service), and the attributes dpl.core.processing_activity_id,
-- dpl.core.data_subject_id and dpl.core.data_subject_id_type; who acted and the purpose and legal basis of the
-- activity are recorded beside them, so an inzage answer needs no second register.
-- Version 60.5: above every service migration that existed when it was added (matching's V60), so databases that
-- already ran those apply it in order; the frame's other migrations are V1 and V2.
CREATE TABLE verwerkingslogboek (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trace_id         text        NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
    span_id          text        NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$'),
    parent_span_id   text        CHECK (parent_span_id ~ '^[0-9a-f]{16}$'),
    handeling        text        NOT NULL, -- name: the action, e.g. gelezen, voorgedragen
    status           text        NOT NULL CHECK (status IN ('OK', 'ERROR')),
    begintijd        timestamptz NOT NULL,
    eindtijd         timestamptz NOT NULL,
    dienst           text        NOT NULL, -- resource: the service that processed
    activiteit       text        NOT NULL, -- the key of the processing activity in the service's register
    activiteit_id    text        NOT NULL, -- dpl.core.processing_activity_id: its URI
    activiteit_naam  text        NOT NULL,
    doel             text        NOT NULL,
    grondslag        text        NOT NULL,
    betrokkene       uuid        NOT NULL, -- dpl.core.data_subject_id: a pseudonymous id, never a BSN
    betrokkene_type  text        NOT NULL, -- dpl.core.data_subject_id_type
    wie              text        NOT NULL, -- the token's sub
    rol              text        NOT NULL,
    partner          text
);
CREATE INDEX verwerkingslogboek_betrokkene ON verwerkingslogboek (betrokkene, id);
CREATE INDEX verwerkingslogboek_begintijd ON verwerkingslogboek (begintijd);

-- Append-only. The one exception is the retention job (Verwerkingslogboek.ruimOp): it names, in its own transaction,
-- the moment before which rows have passed their retention period, and may delete only those.
CREATE FUNCTION verwerkingslogboek_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    grens text := current_setting('wsp.bewaartermijn_grens', true);
BEGIN
    IF TG_OP = 'DELETE' AND grens IS NOT NULL AND grens <> '' AND OLD.eindtijd < grens::timestamptz THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'verwerkingslogboek is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER verwerkingslogboek_geen_wijziging BEFORE UPDATE OR DELETE ON verwerkingslogboek
    FOR EACH ROW EXECUTE FUNCTION verwerkingslogboek_alleen_toevoegen();
CREATE TRIGGER verwerkingslogboek_geen_truncate BEFORE TRUNCATE ON verwerkingslogboek
    FOR EACH STATEMENT EXECUTE FUNCTION verwerkingslogboek_alleen_toevoegen();
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
