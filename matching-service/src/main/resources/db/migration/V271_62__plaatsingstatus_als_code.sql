-- A placement's status is stored as the API's code ('lopend', 'beeindigd') instead of the Java constant's name, as the
-- after-care check-ins' since V271_61 (docs/adr/0026, "Status values"). The entity maps it with Plaatsing.Status.Code;
-- the retention job's native SQL (HandhaafBewaartermijnen) changes its literal in the same commit.
ALTER TABLE plaatsing DROP CONSTRAINT plaatsing_status_check;
UPDATE plaatsing SET status = lower(status);
ALTER TABLE plaatsing ADD CONSTRAINT plaatsing_status_check CHECK (status IN ('lopend', 'beeindigd'));
