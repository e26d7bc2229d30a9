-- Reference data: the labour-market regions and their municipalities (data/referentie/arbeidsmarktregios.csv; kept in step at start-up).
-- A target names municipalities of one region; a placement outside the region's list counts as 'Buiten regio'.
CREATE TABLE regio (naam text PRIMARY KEY);
CREATE TABLE gemeente (
    regio       text    NOT NULL REFERENCES regio (naam),
    naam        text    NOT NULL,
    volgorde    integer NOT NULL,
    toelichting text,
    PRIMARY KEY (regio, naam)
);
-- The rows come from data/referentie/arbeidsmarktregios.csv: Referentiedata writes them at every start-up.
