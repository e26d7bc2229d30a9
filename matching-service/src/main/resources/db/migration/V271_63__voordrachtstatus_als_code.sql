-- A proposal's status is stored as the API's code ('voorgedragen', 'uitgenodigd', 'aangenomen', 'afgewezen') instead of
-- the Java constant's name, as placements' and after-care check-ins' (V271_61, V271_62; docs/adr/0026, "Status values").
-- The entity maps it with Voordracht.Status.Code; the two partial indexes and the instruments' native SQL follow.
ALTER TABLE voordracht DROP CONSTRAINT voordracht_status_check;
DROP INDEX voordracht_een_open;
DROP INDEX voordracht_kandidaat_aanvaard;
UPDATE voordracht SET status = lower(status);
ALTER TABLE voordracht ADD CONSTRAINT voordracht_status_check
    CHECK (status IN ('voorgedragen', 'uitgenodigd', 'aangenomen', 'afgewezen'));
CREATE UNIQUE INDEX voordracht_een_open ON voordracht (vacature_id, kandidaat_id) WHERE status <> 'afgewezen';
CREATE INDEX voordracht_kandidaat_aanvaard ON voordracht (kandidaat_id, partner) WHERE status = 'aangenomen';
