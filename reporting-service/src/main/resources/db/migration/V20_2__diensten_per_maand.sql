-- The delivered service package (issue 17, item 1; docs/adr/0020): contact moments per service code of the catalogue
-- (data/referentie/diensten.csv), region, month of the contact and the employer's sector. Aggregates only.
CREATE TABLE diensten_per_maand (
    regio  text    NOT NULL,
    maand  date    NOT NULL,
    sector text    NOT NULL,
    dienst text    NOT NULL,
    aantal integer NOT NULL,
    PRIMARY KEY (regio, maand, sector, dienst)
);
