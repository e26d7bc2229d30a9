-- Webhook subscriptions of partners, and one delivery per subscription per broadcast, written in the broadcast's
-- transaction. A worker delivers them, retrying with exponential backoff; every attempt is logged.
CREATE TABLE webhook_abonnement (
    id            uuid PRIMARY KEY,
    partner       text        NOT NULL,
    url           text        NOT NULL,
    geheim        text        NOT NULL,
    aangemaakt_op timestamptz NOT NULL,
    actief        boolean     NOT NULL
);
CREATE INDEX webhook_abonnement_actief ON webhook_abonnement (partner) WHERE actief;

CREATE TABLE webhook_aflevering (
    id              uuid PRIMARY KEY,
    abonnement_id   uuid        NOT NULL REFERENCES webhook_abonnement (id),
    vacature_id     uuid        NOT NULL,
    event_id        uuid        NOT NULL,
    event_type      text        NOT NULL,
    payload         text        NOT NULL,
    status          text        NOT NULL,
    pogingen        integer     NOT NULL DEFAULT 0,
    volgende_poging timestamptz,
    aangemaakt_op   timestamptz NOT NULL,
    afgeleverd_op   timestamptz,
    UNIQUE (abonnement_id, event_id)
);
CREATE INDEX webhook_aflevering_wachtend ON webhook_aflevering (volgende_poging) WHERE status = 'wachtend';

CREATE TABLE webhook_poging (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aflevering_id uuid        NOT NULL REFERENCES webhook_aflevering (id),
    nummer        integer     NOT NULL,
    op            timestamptz NOT NULL,
    http_status   integer,
    fout          text,
    duur_ms       integer     NOT NULL
);
CREATE INDEX webhook_poging_aflevering ON webhook_poging (aflevering_id, nummer);
