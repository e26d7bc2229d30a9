-- Issue 18 item 4 (ADR 0048): learn-work tracks, orientation places and practical-learning routes as trajectories of a
-- candidate with an outcome (seed 002: "35 leerwerktrajecten", "25 oriëntatieplekken", "5 Praktijkverklaringen").
CREATE TABLE kandidaat_traject (
    id                    uuid        PRIMARY KEY,
    kandidaat_id          uuid        NOT NULL,
    partner               text        NOT NULL,
    regio                 text,
    soort                 text        NOT NULL,
    startdatum            date        NOT NULL,
    geplande_einddatum    date,
    status                text        NOT NULL CHECK (status IN ('lopend', 'afgerond')),
    einddatum             date,
    uitkomst              text,
    gestart_door          text        NOT NULL,
    gestart_op            timestamptz NOT NULL,
    afgerond_door         text,
    afgerond_op           timestamptz,
    version               bigint      NOT NULL DEFAULT 0
);
CREATE INDEX kandidaat_traject_kandidaat ON kandidaat_traject (kandidaat_id, startdatum);
