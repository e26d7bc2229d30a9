-- A vacancy may name the social return obligation it delivers on (issue 17 item 6; docs/adr/0032). This service keeps
-- account-service's obligations (id and employer) from sroi-verplichtingen.vastgelegd/gewijzigd.v1 only to check that name.
CREATE TABLE sroi_verplichting (
    id           uuid PRIMARY KEY,
    werkgever_id uuid NOT NULL
);
ALTER TABLE vacature ADD COLUMN sroi_verplichting_id uuid REFERENCES sroi_verplichting (id);
CREATE INDEX vacature_sroi_verplichting ON vacature (sroi_verplichting_id) WHERE sroi_verplichting_id IS NOT NULL;
