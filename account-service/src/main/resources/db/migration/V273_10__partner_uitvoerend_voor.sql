-- Issue 17 item 8 (ADR 0041): a partner may be the executing organisation (uitvoeringsorganisatie) of named
-- municipalities of its region, as Baanbrekers is for Waalwijk, Heusden and Loon op Zand (source 004). Empty: it acts
-- for itself only, as every partner did before. Names as the reference data spells them, sorted.
ALTER TABLE partner ADD COLUMN uitvoerend_voor text[] NOT NULL DEFAULT '{}';
