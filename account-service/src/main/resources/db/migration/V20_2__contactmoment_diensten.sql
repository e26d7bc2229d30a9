-- The services delivered in a contact moment (issue 17, item 1; docs/adr/0020): codes of the versioned service
-- catalogue data/referentie/diensten.csv, checked by the application (the catalogue lives in the repository, not here).
CREATE TABLE contactmoment_dienst (
    contactmoment_id uuid NOT NULL REFERENCES contactmoment (id) ON DELETE CASCADE,
    dienst           text NOT NULL,
    PRIMARY KEY (contactmoment_id, dienst)
);
