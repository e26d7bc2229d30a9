-- Issue 17 item 4 (docs/adr/0033): the operational reports per unit (team) and adviser, from events only.
-- Facts are kept one row per event (no candidate, no person but the adviser's pseudonymous id; an employer's
-- pseudonymous id only to see whether a follow-up was made), and attributed to a unit when the report is asked, by the
-- adviser's membership at the fact's moment: so the order in which the topics are replayed does not change a number.
-- All are emptied and replayed by the rebuild (HerbouwRapportages).
CREATE TABLE team (
    team_id uuid PRIMARY KEY,
    regio   text NOT NULL,
    naam    text NOT NULL
);
CREATE INDEX team_regio ON team (regio, naam);

CREATE TABLE team_lidmaatschap (
    adviseur_id  uuid        NOT NULL,
    ingedeeld_op timestamptz NOT NULL,
    team_id      uuid        NOT NULL,
    regio        text        NOT NULL,
    PRIMARY KEY (adviseur_id, ingedeeld_op)
);

CREATE TABLE werk_vacature (
    vacature_id           uuid PRIMARY KEY,
    regio                 text        NOT NULL,
    accountmanager_id     uuid        NOT NULL,
    accountmanager_partner text       NOT NULL,
    geopend_op            timestamptz NOT NULL
);
CREATE INDEX werk_vacature_regio ON werk_vacature (regio, geopend_op);

CREATE TABLE werk_contactmoment (
    contactmoment_id  uuid PRIMARY KEY,
    regio             text        NOT NULL,
    werkgever_id      uuid        NOT NULL,
    adviseur_id       uuid        NOT NULL,
    soort             text        NOT NULL,
    datum             date        NOT NULL,
    andere_partner    boolean     NOT NULL,
    vervolg_uiterlijk date,
    geregistreerd_op  timestamptz NOT NULL
);
CREATE INDEX werk_contactmoment_regio ON werk_contactmoment (regio, datum);
CREATE INDEX werk_contactmoment_werkgever ON werk_contactmoment (werkgever_id, geregistreerd_op);
CREATE INDEX werk_contactmoment_vervolg ON werk_contactmoment (regio, vervolg_uiterlijk) WHERE vervolg_uiterlijk IS NOT NULL;

CREATE TABLE werk_contactverzoek (
    contactverzoek_id  uuid PRIMARY KEY,
    regio              text        NOT NULL,
    adviseur_id        uuid,
    ontvangen_op       timestamptz NOT NULL,
    beantwoord         boolean     NOT NULL DEFAULT false,
    binnen_termijn     boolean     NOT NULL DEFAULT false,
    termijn_verstreken boolean     NOT NULL DEFAULT false
);
CREATE INDEX werk_contactverzoek_regio ON werk_contactverzoek (regio, ontvangen_op);

CREATE TABLE werk_plaatsing (
    plaatsing_id uuid PRIMARY KEY,
    vacature_id  uuid NOT NULL,
    regio        text NOT NULL,
    partner      text NOT NULL,
    startdatum   date NOT NULL
);
CREATE INDEX werk_plaatsing_regio ON werk_plaatsing (regio, startdatum);
