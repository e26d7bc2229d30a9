-- Issue 18 item 3 (D), Bundeling Middelen (seed 004: "De hoogte van de inleg … varieert daardoor ook per gemeente";
-- "Monitoring via maandelijks rapportage Bundeling Middelen"). Every change of a fund's balance says what it is
-- (a municipality's deposit, or the payment of a deployment) and which municipality it concerns: the depositing one,
-- or the candidate's home municipality for a payment (for the monthly report's spending per municipality). A deposit
-- may name the month it is for (periode). Deposits from before carry no municipality (their description says what they
-- were); payments from before get the candidate's home municipality.
ALTER TABLE regiofonds_mutatie
    ADD COLUMN soort    text,
    ADD COLUMN gemeente text,
    ADD COLUMN periode  text CHECK (periode ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');

-- the append-only trigger guards the rows against the application; this one backfill of the new column is the migration's
ALTER TABLE regiofonds_mutatie DISABLE TRIGGER regiofonds_mutatie_append_only;
UPDATE regiofonds_mutatie SET soort = CASE WHEN inzet_id IS NULL THEN 'storting' ELSE 'afschrijving' END;
UPDATE regiofonds_mutatie m SET gemeente = k.woongemeente
  FROM instrument_inzet i JOIN kandidaat k ON k.id = i.kandidaat_id
 WHERE m.inzet_id = i.id;
ALTER TABLE regiofonds_mutatie ENABLE TRIGGER regiofonds_mutatie_append_only;

ALTER TABLE regiofonds_mutatie
    ALTER COLUMN soort SET NOT NULL,
    ADD CONSTRAINT regiofonds_mutatie_soort CHECK (soort IN ('storting', 'afschrijving'));
CREATE INDEX regiofonds_mutatie_regio ON regiofonds_mutatie (regio, id);
