-- An instrument deployment's status and the kind of an instrument and of its deployments are stored as the API's code
-- ('aangevraagd', 'no-riskpolis') instead of the Java constant's name ('AANGEVRAAGD', 'NO_RISKPOLIS'), as proposals',
-- placements' and check-ins' statuses (V271_61–V271_63; docs/adr/0026, "Status values"). The entities map them with
-- InstrumentInzet.Status.Code and Instrumentsoort.Code; the partial index and the native SQL's literals follow.
ALTER TABLE instrument_inzet DROP CONSTRAINT instrument_inzet_status_check;
DROP INDEX instrument_inzet_open;
UPDATE instrument_inzet SET status = lower(status), soort = translate(lower(soort), '_', '-');
UPDATE instrument SET soort = translate(lower(soort), '_', '-');
ALTER TABLE instrument_inzet ADD CONSTRAINT instrument_inzet_status_check
    CHECK (status IN ('aangevraagd', 'goedgekeurd', 'afgewezen', 'verlopen'));
CREATE INDEX instrument_inzet_open ON instrument_inzet (beslissen_voor) WHERE status = 'aangevraagd';
