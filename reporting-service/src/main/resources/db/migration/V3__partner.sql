-- Read model of account-service's partner events.
CREATE TABLE partner (
    partner_id uuid PRIMARY KEY,
    code       text NOT NULL,
    naam       text NOT NULL,
    soort      text NOT NULL,
    regio      text NOT NULL
);
CREATE INDEX partner_regio ON partner (regio);

CREATE TABLE regio_partners (
    regio           text PRIMARY KEY,
    aantal_partners integer NOT NULL
);
