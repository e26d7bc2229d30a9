-- Issue 13: who may see a deployment request — the candidate's (paying) partner and the requesting adviser's partner.
-- Requests made before this column existed keep it empty: only the paying partner (and a beheerder) sees them.
ALTER TABLE instrument_inzet ADD COLUMN aanvrager_partner text;
CREATE INDEX instrument_inzet_aanvrager ON instrument_inzet (aanvrager_partner, status);
