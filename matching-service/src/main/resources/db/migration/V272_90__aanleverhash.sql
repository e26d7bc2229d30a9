-- The hash of the item a candidate was last stored from, exactly as sent (Aanleverhash): an identical re-push is
-- answered unchanged without being checked again. Empty for the candidates stored before: their next push is
-- checked once and fills it in.
ALTER TABLE kandidaat ADD COLUMN aanleverhash text;
