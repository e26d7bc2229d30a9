-- A region's own settings, set through the API by that region's beheerder (docs/adr/0024). Without a row the region
-- has the configured defaults (wsp.vacatures.eigen-bestand-termijn.*). versie is the ETag: every change raises it.
CREATE TABLE regio_instelling (
    regio                          text        PRIMARY KEY,
    eigen_bestand_termijn_seconden bigint      CHECK (eigen_bestand_termijn_seconden BETWEEN 3600 AND 1209600),
    versie                         bigint      NOT NULL,
    gewijzigd_op                   timestamptz,
    gewijzigd_door                 text
);

-- Every change of a region's setting: who (the token's sub and role), when, the old and the new value. Append-only.
CREATE TABLE regio_instelling_wijziging (
    id             uuid        PRIMARY KEY,
    regio          text        NOT NULL,
    instelling     text        NOT NULL,
    oude_waarde    text        NOT NULL,
    nieuwe_waarde  text        NOT NULL,
    gewijzigd_door text        NOT NULL,
    rol            text        NOT NULL,
    gewijzigd_op   timestamptz NOT NULL
);
CREATE INDEX regio_instelling_wijziging_regio ON regio_instelling_wijziging (regio, gewijzigd_op, id);
