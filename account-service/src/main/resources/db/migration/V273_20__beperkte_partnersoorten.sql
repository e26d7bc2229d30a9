-- Two kinds of partner with a limited role (docs/adr/0042; source 004: "beperkt extern met re-integratie-partners",
-- source 001 names temporary-work agencies): re-integration companies and private intermediaries. Only the CHECK
-- constraint of V271_15 widens; no row changes.
ALTER TABLE partner DROP CONSTRAINT partner_soort_check;
ALTER TABLE partner ADD CONSTRAINT partner_soort_check
    CHECK (soort IN ('gemeente', 'uwv', 'sw-bedrijf', 're-integratiebedrijf', 'private-bemiddelaar'));
