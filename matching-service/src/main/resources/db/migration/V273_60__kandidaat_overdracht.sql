-- Issue 18 item 4 (ADR 0046): the handover of a candidate from one partner to another (seed 001: "overdracht van
-- inwoners die na maximale Werkloosheidswet aanspraak maken op de bijstand"), with both partners' consent: the owner
-- offers, the receiving partner accepts (giving its own reference) or refuses. One open offer per candidate.
CREATE TABLE kandidaat_overdracht (
    id                  uuid        PRIMARY KEY,
    kandidaat_id        uuid        NOT NULL,
    van_partner         text        NOT NULL,
    naar_partner        text        NOT NULL,
    reden               text        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('aangeboden', 'aanvaard', 'geweigerd')),
    aangeboden_door     text        NOT NULL,
    aangeboden_op       timestamptz NOT NULL,
    besloten_door       text,
    besloten_op         timestamptz,
    reden_weigering     text,
    version             bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX kandidaat_overdracht_een_open ON kandidaat_overdracht (kandidaat_id) WHERE status = 'aangeboden';
CREATE INDEX kandidaat_overdracht_van ON kandidaat_overdracht (van_partner, aangeboden_op);
CREATE INDEX kandidaat_overdracht_naar ON kandidaat_overdracht (naar_partner, aangeboden_op);
