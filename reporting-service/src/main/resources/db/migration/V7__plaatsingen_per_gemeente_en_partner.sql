-- Placements split into two read models, so that a dashboard query reads only the rows of its region and period
-- (per municipality) and the solidarity status only those of one partner. Existing counts are carried over.
CREATE TABLE plaatsingen_per_gemeente (
    regio         text    NOT NULL,
    maand         date    NOT NULL,
    gemeente      text    NOT NULL,
    doelgroep     text    NOT NULL,
    met_iba       boolean NOT NULL,
    banenafspraak boolean NOT NULL,
    aantal        integer NOT NULL,
    PRIMARY KEY (regio, maand, gemeente, doelgroep, met_iba, banenafspraak)
);
-- Dashboard queries read a region's months from the index alone (index-only scan); Banenafspraak, cumulative over all
-- years, has its own small partial index.
CREATE INDEX plaatsingen_per_gemeente_periode ON plaatsingen_per_gemeente (regio, maand)
    INCLUDE (gemeente, doelgroep, met_iba, banenafspraak, aantal);
CREATE INDEX plaatsingen_per_gemeente_banenafspraak ON plaatsingen_per_gemeente (regio, maand) INCLUDE (aantal) WHERE banenafspraak;

CREATE TABLE plaatsingen_per_partner (
    partner       text    NOT NULL,
    maand         date    NOT NULL,
    regio         text    NOT NULL,
    doelgroep     text    NOT NULL,
    met_iba       boolean NOT NULL,
    banenafspraak boolean NOT NULL,
    aantal        integer NOT NULL,
    PRIMARY KEY (partner, maand, regio, doelgroep, met_iba, banenafspraak)
);

INSERT INTO plaatsingen_per_gemeente (regio, maand, gemeente, doelgroep, met_iba, banenafspraak, aantal)
SELECT regio, maand, gemeente, doelgroep, met_iba, banenafspraak, sum(aantal)
  FROM plaatsingen_per_maand GROUP BY regio, maand, gemeente, doelgroep, met_iba, banenafspraak;
INSERT INTO plaatsingen_per_partner (partner, maand, regio, doelgroep, met_iba, banenafspraak, aantal)
SELECT partner, maand, regio, doelgroep, met_iba, banenafspraak, sum(aantal)
  FROM plaatsingen_per_maand WHERE partner <> '' GROUP BY partner, maand, regio, doelgroep, met_iba, banenafspraak;
DROP TABLE plaatsingen_per_maand;
