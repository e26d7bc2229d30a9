-- A vacancy may name the employer event it came from (issue 17, item 2; docs/adr/0031). This service keeps account-
-- service's events (id, region, date) from evenementen.geregistreerd.v1 only to check that name.
CREATE TABLE evenement (
    id     uuid PRIMARY KEY,
    regio  text NOT NULL,
    datum  date NOT NULL
);
ALTER TABLE vacature ADD COLUMN evenement_id uuid REFERENCES evenement (id);
CREATE INDEX vacature_evenement ON vacature (evenement_id) WHERE evenement_id IS NOT NULL;
