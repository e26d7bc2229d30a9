-- Erasure everywhere (issue 14, item 4; docs/adr/0017-erasure-and-retention.md).
--
-- Events that leave this service name the candidate by an event pseudonym, never by the id partners and the API use:
-- a random key per candidate, made with its first event. Erasure deletes the row, so the events on the long-kept
-- topics (placements, proposals, instruments) can no longer be tied to the candidate, nor to the tombstone or the
-- audit trail that keep the id.
CREATE TABLE kandidaat_pseudoniem (
    kandidaat_id uuid PRIMARY KEY,
    pseudoniem   uuid NOT NULL UNIQUE
);

-- The history of an instrument deployment stays append-only, with two exceptions that the law asks for: the free-text
-- reason may be emptied (erasure of the candidate), and rows may be deleted by the retention job when their period
-- has passed (it says so with SET LOCAL wsp.bewaartermijn = 'verlopen' in its own transaction).
CREATE FUNCTION instrument_inzet_historie_alleen_wissen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.reden IS NULL AND NEW.id = OLD.id AND NEW.inzet_id = OLD.inzet_id AND NEW.op = OLD.op
            AND NEW.door = OLD.door AND NEW.actie = OLD.actie THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' AND current_setting('wsp.bewaartermijn', true) = 'verlopen' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
DROP TRIGGER instrument_inzet_historie_append_only ON instrument_inzet_historie;
CREATE TRIGGER instrument_inzet_historie_append_only BEFORE UPDATE OR DELETE ON instrument_inzet_historie
    FOR EACH ROW EXECUTE FUNCTION instrument_inzet_historie_alleen_wissen();
