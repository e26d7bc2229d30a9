-- Issue 6: this service's copies of vacancy-service's vacancies (wsp.vacancy.vacatures) and of reporting-service's
-- target status per partner (wsp.reporting.doelstelling-status), the inputs of matching.
CREATE TABLE vacature (
    id                     uuid PRIMARY KEY,
    werkgever_id           uuid,
    accountmanager_partner text,
    titel                  text,
    esco_beroep            text,
    vereiste_vaardigheden  text[]      NOT NULL DEFAULT '{}',
    gewenste_vaardigheden  text[]      NOT NULL DEFAULT '{}',
    uren_per_week          integer,
    werklocatie_gemeente   text,
    regio                  text,
    opleidingsniveau       text,
    rijbewijs_vereist      boolean     NOT NULL DEFAULT false,
    eigen_bestand_tot      timestamptz,
    breed_uitgezet         boolean     NOT NULL DEFAULT false,
    status                 text        NOT NULL CHECK (status IN ('open', 'vervuld', 'ingetrokken', 'verlopen')),
    bijgewerkt_op          timestamptz NOT NULL
);

CREATE TABLE doelstelling_status (
    partner     text    NOT NULL,
    jaar        integer NOT NULL,
    regio       text,
    achterstand numeric NOT NULL,
    PRIMARY KEY (partner, jaar)
);
