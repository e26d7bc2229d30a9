-- The partners active in a region (docs/adr/0024): a region's beheerder deactivates a partner that leaves the WSP and
-- activates it again. A partner that is not active is refused as a caller (403) and as a party (400), as an unknown one.
ALTER TABLE partner ADD COLUMN actief boolean NOT NULL DEFAULT true;

-- Every change of whether a partner is active: who (the token's sub and role), when, old and new. Append-only.
CREATE TABLE partner_status_wijziging (
    id             uuid        PRIMARY KEY,
    partner_code   text        NOT NULL,
    regio          text        NOT NULL,
    oud_actief     boolean     NOT NULL,
    nieuw_actief   boolean     NOT NULL,
    gewijzigd_door text        NOT NULL,
    rol            text        NOT NULL,
    gewijzigd_op   timestamptz NOT NULL
);
CREATE INDEX partner_status_wijziging_partner ON partner_status_wijziging (partner_code, gewijzigd_op, id);
