-- Issue 17 item 7, the rest (docs/adr/0034): a key-account employer's account plan (source 000: "op basis van een
-- vooropgesteld plan"): goals, agreed actions with dates, a review date. One plan per employer, replaced as a whole.
CREATE TABLE accountplan (
    id               uuid PRIMARY KEY,
    werkgever_id     uuid        NOT NULL UNIQUE REFERENCES werkgever (id),
    herzieningsdatum date        NOT NULL,
    vastgesteld_op   timestamptz NOT NULL,
    gewijzigd_op     timestamptz NOT NULL,
    gewijzigd_door   text        NOT NULL,
    versie           bigint      NOT NULL
);
CREATE INDEX accountplan_herziening ON accountplan (herzieningsdatum);

CREATE TABLE accountplan_doel (
    accountplan_id uuid    NOT NULL REFERENCES accountplan (id) ON DELETE CASCADE,
    volgnummer     integer NOT NULL,
    doel           text    NOT NULL,
    PRIMARY KEY (accountplan_id, volgnummer)
);

CREATE TABLE accountplan_actie (
    accountplan_id uuid    NOT NULL REFERENCES accountplan (id) ON DELETE CASCADE,
    volgnummer     integer NOT NULL,
    omschrijving   text    NOT NULL,
    uiterlijk      date    NOT NULL,
    afgerond       boolean NOT NULL,
    PRIMARY KEY (accountplan_id, volgnummer)
);
