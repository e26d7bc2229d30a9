CREATE TABLE partner (
    id               uuid PRIMARY KEY,
    code             text        NOT NULL UNIQUE,
    naam             text        NOT NULL,
    soort            text        NOT NULL CHECK (soort IN ('GEMEENTE', 'UWV', 'SW_BEDRIJF')),
    regio            text        NOT NULL,
    geregistreerd_op timestamptz NOT NULL
);

CREATE INDEX partner_regio ON partner (regio);
