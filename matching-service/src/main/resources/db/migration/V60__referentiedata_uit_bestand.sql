-- The municipalities come from data/referentie/arbeidsmarktregios.csv (all 35 regions), kept in step at start-up by
-- Referentiedata, which also records here which version of the file the match projection was computed from: when the
-- file changes, the projection's place keys do too, so its rows are deleted and MatchprojectieHerbouw rewrites them.
CREATE TABLE referentie_versie (
    naam           text PRIMARY KEY,
    sha256         text        NOT NULL,
    bijgewerkt_op  timestamptz NOT NULL
);

-- CBS spells it "Laren (NH.)"; a candidate stored under the old spelling moves with it.
INSERT INTO gemeente (naam, regio) VALUES ('Laren (NH.)', 'Gooi en Vechtstreek') ON CONFLICT DO NOTHING;
UPDATE kandidaat SET woongemeente = 'Laren (NH.)' WHERE woongemeente = 'Laren';
