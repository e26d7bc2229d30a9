-- Vacancies with their durable own-caseload timer: eigen_bestand_tot is written in the same transaction as the
-- vacancy, and the scheduler fires every open vacancy whose deadline passed (FOR UPDATE SKIP LOCKED).
CREATE TABLE vacature (
    id                          uuid PRIMARY KEY,
    volgnummer                  bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    werkgever_id                uuid        NOT NULL REFERENCES werkgever (id),
    accountmanager_id           uuid        NOT NULL,
    accountmanager_partner      text        NOT NULL,
    regio                       text        NOT NULL,
    sector                      text,
    titel                       text        NOT NULL,
    esco_beroep                 text        NOT NULL REFERENCES esco_beroep (uri),
    vereiste_vaardigheden       text[]      NOT NULL,
    gewenste_vaardigheden       text[]      NOT NULL,
    uren_per_week               integer     NOT NULL CHECK (uren_per_week BETWEEN 1 AND 60),
    aantal_posities             integer     NOT NULL CHECK (aantal_posities >= 1),
    aantal_vervuld              integer     NOT NULL DEFAULT 0 CHECK (aantal_vervuld >= 0),
    werklocatie_gemeente        text        NOT NULL,
    contractvorm                text        NOT NULL,
    startdatum                  date,
    sluitingsdatum              date,
    opleidingsniveau            text,
    geschikt_voor_banenafspraak boolean     NOT NULL,
    rijbewijs_vereist           boolean     NOT NULL,
    omschrijving                text,
    status                      text        NOT NULL,
    geopend_op                  timestamptz NOT NULL,
    eigen_bestand_tot           timestamptz NOT NULL,
    breed_uitgezet_op           timestamptz,
    gesloten_op                 timestamptz,
    CHECK (sluitingsdatum IS NULL OR startdatum IS NULL OR sluitingsdatum >= startdatum)
);

-- The timer: only open vacancies are candidates, ordered by their deadline.
CREATE INDEX vacature_termijn ON vacature (eigen_bestand_tot) WHERE status = 'open';
CREATE INDEX vacature_sluiting ON vacature (sluitingsdatum) WHERE status IN ('open', 'breed-uitgezet');
CREATE INDEX vacature_werkgever ON vacature (werkgever_id);
CREATE INDEX vacature_accountmanager ON vacature (accountmanager_id);
CREATE INDEX vacature_zoek ON vacature (status, werklocatie_gemeente, volgnummer);

-- Every status transition: who, when, why.
CREATE TABLE vacature_overgang (
    id          uuid PRIMARY KEY,
    volgnummer  bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    vacature_id uuid        NOT NULL REFERENCES vacature (id),
    van         text,
    naar        text        NOT NULL,
    door        text        NOT NULL,
    op          timestamptz NOT NULL,
    reden       text        NOT NULL
);
CREATE INDEX vacature_overgang_vacature ON vacature_overgang (vacature_id, volgnummer);

-- Placements that filled a position: a second copy of the same placement fills nothing.
CREATE TABLE vacature_plaatsing (
    plaatsing_id uuid PRIMARY KEY,
    vacature_id  uuid        NOT NULL REFERENCES vacature (id),
    ontvangen_op timestamptz NOT NULL
);

-- The change feed behind /api/v1/vacature-wijzigingen. Writers take an advisory transaction lock before inserting,
-- so positions become visible in order and a reader's cursor never skips a row that commits late.
CREATE TABLE vacature_wijziging (
    positie     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vacature_id uuid        NOT NULL REFERENCES vacature (id),
    event_id    uuid        NOT NULL,
    type        text        NOT NULL,
    op          timestamptz NOT NULL,
    cloudevent  text        NOT NULL
);
CREATE INDEX vacature_wijziging_vacature ON vacature_wijziging (vacature_id);
