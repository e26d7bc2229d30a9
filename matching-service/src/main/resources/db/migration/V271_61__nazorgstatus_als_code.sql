-- An after-care check-in's status is stored as the API's code ('open', 'geregistreerd', 'vervallen') instead of the
-- Java constant's name: the stored value is then what a client, an event and a report read, and renaming a constant
-- never changes the data (docs/adr/0026, "Status values"). The entity maps it with Nazorgmoment.Status.Code.
-- The version lies above the frame's V271_60 (db/platform/adviseurs), so an existing database applies it in order.
ALTER TABLE nazorgmoment DROP CONSTRAINT nazorgmoment_status_check;
DROP INDEX nazorgmoment_open;
UPDATE nazorgmoment SET status = lower(status);
ALTER TABLE nazorgmoment ADD CONSTRAINT nazorgmoment_status_check CHECK (status IN ('open', 'geregistreerd', 'vervallen'));
CREATE INDEX nazorgmoment_open ON nazorgmoment (partner, gepland_op, id) WHERE status = 'open';
