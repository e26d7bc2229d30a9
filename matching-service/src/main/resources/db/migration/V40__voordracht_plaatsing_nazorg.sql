-- Issue 6: proposals of a candidate for a vacancy with the employer's outcome, placements made from an accepted
-- proposal, and the after-care check-ins of a placement. Only pseudonymous ids and partner codes, except the
-- free-text notes (toelichting, notitie), which are cleared when the candidate is erased.
CREATE TABLE voordracht (
    id                 uuid PRIMARY KEY,
    vacature_id        uuid        NOT NULL,
    kandidaat_id       uuid        NOT NULL,
    partner            text        NOT NULL, -- the proposing adviser's partner
    kandidaat_partner  text        NOT NULL, -- the partner that owns the candidate
    vacature_partner   text,                 -- the vacancy's account manager's partner (speaks for the employer)
    status             text        NOT NULL CHECK (status IN ('VOORGEDRAGEN', 'UITGENODIGD', 'AANGENOMEN', 'AFGEWEZEN')),
    reden              text,
    toelichting        text,
    voorgedragen_door  text        NOT NULL,
    voorgedragen_op    timestamptz NOT NULL,
    uitkomst_door      text,
    uitkomst_op        timestamptz,
    versie             bigint      NOT NULL
);
-- One open proposal per vacancy and candidate: a rejected one may be followed by a new proposal.
CREATE UNIQUE INDEX voordracht_een_open ON voordracht (vacature_id, kandidaat_id) WHERE status <> 'AFGEWEZEN';
CREATE INDEX voordracht_kandidaat_aanvaard ON voordracht (kandidaat_id, partner) WHERE status = 'AANGENOMEN';

CREATE TABLE plaatsing (
    id                    uuid PRIMARY KEY,
    voordracht_id         uuid        NOT NULL UNIQUE REFERENCES voordracht (id),
    vacature_id           uuid        NOT NULL,
    kandidaat_id          uuid        NOT NULL,
    partner               text        NOT NULL, -- owning partner of the candidate
    voordragende_partner  text        NOT NULL,
    vacature_partner      text,
    gemeente              text,                 -- residence at the time of placement (reporting counts it there)
    regio                 text,                 -- the vacancy's region
    doelgroepen           text[]      NOT NULL,
    startdatum            date        NOT NULL,
    contractvorm          text        NOT NULL,
    contractduur_maanden  integer CHECK (contractduur_maanden > 0),
    uren_per_week         integer     NOT NULL CHECK (uren_per_week BETWEEN 1 AND 40),
    instrumentinzetten    uuid[]      NOT NULL,
    instrumentsoorten     text[]      NOT NULL,
    status                text        NOT NULL CHECK (status IN ('LOPEND', 'BEEINDIGD')),
    einddatum             date,
    reden_beeindiging     text,
    toelichting           text,
    gerealiseerd_door     text        NOT NULL,
    gerealiseerd_op       timestamptz NOT NULL,
    beeindigd_door        text,
    beeindigd_op          timestamptz,
    versie                bigint      NOT NULL,
    CHECK (einddatum IS NULL OR einddatum >= startdatum)
);
CREATE INDEX plaatsing_kandidaat ON plaatsing (kandidaat_id);

-- After-care check-ins, planned at 1, 3 and 6 months after the start when the placement is made.
CREATE TABLE nazorgmoment (
    id                uuid PRIMARY KEY,
    plaatsing_id      uuid        NOT NULL REFERENCES plaatsing (id),
    kandidaat_id      uuid        NOT NULL,
    partner           text        NOT NULL, -- the candidate's owning partner, who follows the placement up
    maanden           integer     NOT NULL CHECK (maanden > 0),
    gepland_op        date        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('OPEN', 'GEREGISTREERD', 'VERVALLEN')),
    uitkomst          text,
    notitie           text,
    geregistreerd_door text,
    geregistreerd_op  timestamptz,
    versie            bigint      NOT NULL,
    UNIQUE (plaatsing_id, maanden)
);
CREATE INDEX nazorgmoment_open ON nazorgmoment (partner, gepland_op, id) WHERE status = 'OPEN';
