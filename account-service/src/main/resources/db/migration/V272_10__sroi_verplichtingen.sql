-- Issue 17 item 6 (docs/adr/0032): social return obligations. An employer (the contractor of a municipality's
-- procurement) owes an amount in social return over a period, from one procurement of one contracting partner
-- (source 001: "social return afspraken ... over verschillende inkoopopdrachten"; "een social return verplichting van
-- 0,9 miljoen euro"). The amount is euros with two decimals.
CREATE TABLE sroi_verplichting (
    id             uuid PRIMARY KEY,
    werkgever_id   uuid           NOT NULL REFERENCES werkgever (id),
    regio          text           NOT NULL,
    aanbesteding   text           NOT NULL,
    opdrachtgever  text           NOT NULL,
    bedrag         numeric(14, 2) NOT NULL CHECK (bedrag > 0),
    periode_van    date           NOT NULL,
    periode_tot    date           NOT NULL,
    status         text           NOT NULL,
    vastgelegd_op  timestamptz    NOT NULL,
    gewijzigd_op   timestamptz    NOT NULL,
    gewijzigd_door text           NOT NULL,
    versie         bigint         NOT NULL,
    CHECK (periode_tot >= periode_van)
);
CREATE INDEX sroi_verplichting_werkgever ON sroi_verplichting (werkgever_id, periode_van DESC, id DESC);
