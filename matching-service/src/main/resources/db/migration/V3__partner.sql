-- This service's copy of the partner organisations (from nl.wsp.partner.geregistreerd.v1).
CREATE TABLE partner (
    id    uuid PRIMARY KEY,
    code  text NOT NULL UNIQUE,
    naam  text NOT NULL,
    soort text NOT NULL,
    regio text NOT NULL
);
