-- Instruments (issue 6, rule 8): per-partner catalogues, deployments that need the paying partner's consent,
-- their history, and the pooled regional funds that pay for them where a region pools its budgets.
CREATE TABLE instrument (
    id          uuid PRIMARY KEY,
    partner     text    NOT NULL,
    soort       text    NOT NULL,
    naam        text    NOT NULL,
    voorwaarden text,
    geldig_van  date    NOT NULL,
    geldig_tot  date,
    max_maanden integer CHECK (max_maanden > 0),
    max_bedrag  numeric(12, 2) CHECK (max_bedrag > 0)
);
CREATE INDEX instrument_partner ON instrument (partner);

CREATE TABLE regiofonds (
    regio                         text PRIMARY KEY,
    saldo                         numeric(14, 2) NOT NULL CHECK (saldo >= 0),
    bedrag_per_geplande_plaatsing numeric(12, 2) NOT NULL CHECK (bedrag_per_geplande_plaatsing > 0)
);

CREATE TABLE instrument_inzet (
    id                      uuid PRIMARY KEY,
    instrument_id           uuid        NOT NULL REFERENCES instrument (id),
    soort                   text        NOT NULL,
    kandidaat_id            uuid        NOT NULL,
    betalende_partner       text        NOT NULL,
    regio                   text,
    fonds_regio             text REFERENCES regiofonds (regio),
    status                  text        NOT NULL CHECK (status IN ('AANGEVRAAGD', 'GOEDGEKEURD', 'AFGEWEZEN', 'VERLOPEN')),
    startdatum              date        NOT NULL,
    duur_maanden            integer,
    bedrag                  numeric(12, 2),
    loonwaarde_percentage   integer CHECK (loonwaarde_percentage BETWEEN 0 AND 100),
    subsidie_percentage_wml integer,
    aangevraagd_door        text        NOT NULL,
    aangevraagd_op          timestamptz NOT NULL,
    beslissen_voor          timestamptz NOT NULL,
    besluit_door            text,
    besluit_op              timestamptz,
    besluit_reden           text,
    versie                  bigint      NOT NULL
);
CREATE INDEX instrument_inzet_open ON instrument_inzet (beslissen_voor) WHERE status = 'AANGEVRAAGD';
CREATE INDEX instrument_inzet_partner ON instrument_inzet (betalende_partner, status);

-- The audit trail of every deployment: append-only.
CREATE TABLE instrument_inzet_historie (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inzet_id uuid        NOT NULL REFERENCES instrument_inzet (id),
    op       timestamptz NOT NULL,
    door     text        NOT NULL,
    actie    text        NOT NULL,
    reden    text
);

CREATE TABLE regiofonds_mutatie (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    regio        text           NOT NULL REFERENCES regiofonds (regio),
    bedrag       numeric(14, 2) NOT NULL,
    omschrijving text           NOT NULL,
    door         text           NOT NULL,
    inzet_id     uuid,
    op           timestamptz    NOT NULL
);

CREATE FUNCTION weiger_wijziging() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER instrument_inzet_historie_append_only BEFORE UPDATE OR DELETE ON instrument_inzet_historie
    FOR EACH ROW EXECUTE FUNCTION weiger_wijziging();
CREATE TRIGGER regiofonds_mutatie_append_only BEFORE UPDATE OR DELETE ON regiofonds_mutatie
    FOR EACH ROW EXECUTE FUNCTION weiger_wijziging();
