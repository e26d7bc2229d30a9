-- Issue 18 item 3 (B): a trial placement is requested for at most 2 months and extended once by at most 1 (seed 004:
-- "Richtlijn: maximaal 2 maanden met 1 maand verlenging"). The extension is its own step (InstrumentInzet.verleng): it
-- is kept apart from the approved duration, so the approved request and the extension each stay visible; the history
-- line 'verlengd' says who, when and why.
ALTER TABLE instrument_inzet ADD COLUMN verlengd_maanden integer CHECK (verlengd_maanden > 0);
