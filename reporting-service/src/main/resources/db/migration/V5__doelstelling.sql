-- Targets (doelstellingen): per region and year, for a partner or a group of municipalities, per kind and target group.
-- soort: plaatsingen | banenafspraak-markt | banenafspraak-overheid. gemeenten is sorted and empty for a partner target.
CREATE TABLE doelstelling (
    id           uuid PRIMARY KEY,
    regio        text    NOT NULL REFERENCES regio (naam),
    jaar         integer NOT NULL,
    soort        text    NOT NULL,
    doelgroep    text    NOT NULL,
    partner      text,
    gemeenten    text[]  NOT NULL,
    aantal       integer NOT NULL CHECK (aantal >= 0),
    toelichting  text,
    gewijzigd_op timestamptz NOT NULL,
    CHECK (partner IS NOT NULL OR cardinality(gemeenten) > 0)
);
CREATE INDEX doelstelling_regio_jaar ON doelstelling (regio, jaar, soort);
CREATE INDEX doelstelling_partner ON doelstelling (partner, jaar) WHERE partner IS NOT NULL;
