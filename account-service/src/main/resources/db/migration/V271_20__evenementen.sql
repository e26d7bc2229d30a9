-- Employer events (issue 17, item 2; docs/adr/0031): a meeting, speed meet, job fair or Meet&Match of one region,
-- organised by one partner on one of source 000's three levels, and the employers who came. Candidates who came are a
-- count only: their identities stay in matching-service.
CREATE TABLE evenement (
    id                         uuid PRIMARY KEY,
    naam                       text        NOT NULL,
    soort                      text        NOT NULL CHECK (soort IN ('werkgeversbijeenkomst', 'speedmeet', 'banenmarkt', 'meet-en-match')),
    niveau                     text        NOT NULL CHECK (niveau IN ('overheid', 'branche', 'regio')),
    datum                      date        NOT NULL,
    organisator                text        NOT NULL REFERENCES partner (code),
    regio                      text        NOT NULL,
    sector                     text,
    aantal_kandidaten          integer     CHECK (aantal_kandidaten >= 0),
    aanwezigheid_vastgelegd_op timestamptz,
    geregistreerd_op           timestamptz NOT NULL,
    geregistreerd_door         text        NOT NULL,
    versie                     bigint      NOT NULL DEFAULT 0,
    CHECK (niveau <> 'branche' OR sector IS NOT NULL)
);
CREATE INDEX evenement_regio_datum ON evenement (regio, datum DESC, id DESC);

CREATE TABLE evenement_werkgever (
    evenement_id uuid NOT NULL REFERENCES evenement (id),
    werkgever_id uuid NOT NULL REFERENCES werkgever (id),
    PRIMARY KEY (evenement_id, werkgever_id)
);
CREATE INDEX evenement_werkgever_werkgever ON evenement_werkgever (werkgever_id);
