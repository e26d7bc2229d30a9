-- Issue 17 item 4 (docs/adr/0033): the execution units (teams) of a region, each with a work area of municipalities of
-- that region (a municipality may lie in two work areas: Leudal in Roermond's and Weert's, source 003), and the team
-- each adviser belongs to (at most one; the history lives in the events, wsp.account.teams).
CREATE TABLE team (
    id          uuid PRIMARY KEY,
    regio       text        NOT NULL,
    naam        text        NOT NULL,
    ingericht_op timestamptz NOT NULL,
    UNIQUE (regio, naam)
);

CREATE TABLE team_gemeente (
    team_id  uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    gemeente text NOT NULL,
    PRIMARY KEY (team_id, gemeente)
);

CREATE TABLE teamlid (
    adviseur_id  uuid PRIMARY KEY REFERENCES adviseur (id),
    team_id      uuid        NOT NULL REFERENCES team (id),
    ingedeeld_op timestamptz NOT NULL
);
CREATE INDEX teamlid_team ON teamlid (team_id, adviseur_id);
