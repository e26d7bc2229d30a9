-- The account manager's work list (issue 17, item 7; docs/adr/0020): per adviser up to when they have seen other
-- partners' contact moments with their employers. Overdue follow-ups and open requests need no table of their own.
CREATE TABLE werklijst_gezien (
    adviseur_id uuid PRIMARY KEY REFERENCES adviseur (id),
    gezien_tot  timestamptz NOT NULL
);
CREATE INDEX contactmoment_vervolg ON contactmoment (adviseur_id, vervolg_uiterlijk) WHERE vervolg_uiterlijk IS NOT NULL;
CREATE INDEX contactmoment_werkgever_geregistreerd ON contactmoment (werkgever_id, geregistreerd_op);
