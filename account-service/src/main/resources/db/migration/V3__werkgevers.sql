-- Employers and everything around them: advisers, sector desks, the one account manager (with history),
-- contact moments, contact requests under the 24-hour rule, and NPS responses.

-- Forgiving name search: case, accents and small typos. unaccent() itself is only STABLE (its dictionary can
-- change), so an IMMUTABLE wrapper with a fixed dictionary makes it usable in an index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION wsp_zoeknaam(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE adviseur (
    id               uuid PRIMARY KEY,
    partner_code     text        NOT NULL REFERENCES partner (code),
    gebruikersnaam   text        NOT NULL UNIQUE,
    naam             text        NOT NULL,
    regio            text        NOT NULL,
    geregistreerd_op timestamptz NOT NULL
);
CREATE INDEX adviseur_partner ON adviseur (partner_code);

CREATE TABLE sectortafel (
    id                  uuid PRIMARY KEY,
    regio               text NOT NULL,
    naam                text NOT NULL,
    contact_adviseur_id uuid NOT NULL REFERENCES adviseur (id),
    UNIQUE (regio, naam)
);

CREATE TABLE sectortafel_sector (
    sectortafel_id uuid NOT NULL REFERENCES sectortafel (id) ON DELETE CASCADE,
    sector         text NOT NULL,
    PRIMARY KEY (sectortafel_id, sector)
);

CREATE TABLE werkgever (
    id                 uuid PRIMARY KEY,
    kvk_nummer         text        NOT NULL UNIQUE CHECK (kvk_nummer ~ '^[0-9]{8}$'),
    naam               text        NOT NULL,
    vestigingsgemeente text        NOT NULL,
    regio              text        NOT NULL,
    sector             text        NOT NULL,
    aantal_werknemers  integer     NOT NULL CHECK (aantal_werknemers >= 0),
    key_account        boolean     NOT NULL,
    smaakmaker         boolean     NOT NULL,
    accountmanager_id  uuid REFERENCES adviseur (id),
    geregistreerd_op   timestamptz NOT NULL,
    versie             bigint      NOT NULL
);
CREATE INDEX werkgever_zoeknaam ON werkgever USING gin (wsp_zoeknaam(naam) gin_trgm_ops);
CREATE INDEX werkgever_naam_id ON werkgever (naam, id);
CREATE INDEX werkgever_gemeente ON werkgever (vestigingsgemeente);
CREATE INDEX werkgever_sector ON werkgever (sector);
CREATE INDEX werkgever_accountmanager ON werkgever (accountmanager_id);

-- History of account managers. The current one is werkgever.accountmanager_id (one column: never zero or two);
-- volgnummer follows werkgever.versie, so two concurrent assignments collide on the unique key as well.
CREATE TABLE accountmanager_toewijzing (
    id                       uuid PRIMARY KEY,
    werkgever_id             uuid        NOT NULL REFERENCES werkgever (id),
    volgnummer               bigint      NOT NULL,
    accountmanager_id        uuid        NOT NULL REFERENCES adviseur (id),
    vorige_accountmanager_id uuid REFERENCES adviseur (id),
    reden                    text        NOT NULL,
    toegewezen_door          text        NOT NULL,
    toegewezen_op            timestamptz NOT NULL,
    UNIQUE (werkgever_id, volgnummer)
);

CREATE TABLE contactmoment (
    id                           uuid PRIMARY KEY,
    werkgever_id                 uuid        NOT NULL REFERENCES werkgever (id),
    soort                        text        NOT NULL CHECK (soort IN ('BEZOEK', 'TELEFOON', 'MAIL', 'BIJEENKOMST')),
    datum                        date        NOT NULL,
    adviseur_id                  uuid        NOT NULL REFERENCES adviseur (id),
    samenvatting                 text        NOT NULL,
    vervolgafspraak              text,
    vervolg_uiterlijk            date,
    accountmanager_genotificeerd boolean     NOT NULL,
    geregistreerd_op             timestamptz NOT NULL
);
CREATE INDEX contactmoment_werkgever ON contactmoment (werkgever_id, datum DESC);
CREATE INDEX contactmoment_bezoek ON contactmoment (werkgever_id, datum) WHERE soort = 'BEZOEK';

-- The 24-hour rule as a durable timer: reactie_uiterlijk is stored with the request; the watcher flags
-- termijn_verstreken_op (and appends its event) in one transaction, so it fires once, across restarts and replicas.
CREATE TABLE contactverzoek (
    id                    uuid PRIMARY KEY,
    werkgever_id          uuid        NOT NULL REFERENCES werkgever (id),
    onderwerp             text        NOT NULL,
    ontvangen_op          timestamptz NOT NULL,
    reactie_uiterlijk     timestamptz NOT NULL,
    toegewezen_aan        uuid REFERENCES adviseur (id),
    partner               text,
    regio                 text        NOT NULL,
    beantwoord_op         timestamptz,
    beantwoord_door       text,
    termijn_verstreken_op timestamptz
);
CREATE INDEX contactverzoek_te_bewaken ON contactverzoek (reactie_uiterlijk)
    WHERE beantwoord_op IS NULL AND termijn_verstreken_op IS NULL;
CREATE INDEX contactverzoek_open ON contactverzoek (ontvangen_op, id) WHERE beantwoord_op IS NULL;
CREATE INDEX contactverzoek_ontvangen ON contactverzoek (ontvangen_op);

CREATE TABLE nps_respons (
    id                uuid PRIMARY KEY,
    werkgever_id      uuid        NOT NULL REFERENCES werkgever (id),
    meetronde         text        NOT NULL CHECK (meetronde ~ '^[0-9]{4}-[12]$'),
    score             integer     NOT NULL CHECK (score BETWEEN 0 AND 10),
    toelichting       text,
    accountmanager_id uuid REFERENCES adviseur (id),
    partner           text,
    regio             text        NOT NULL,
    geregistreerd_op  timestamptz NOT NULL,
    UNIQUE (werkgever_id, meetronde)
);
CREATE INDEX nps_respons_meetronde ON nps_respons (meetronde);
