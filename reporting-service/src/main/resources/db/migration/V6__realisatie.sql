-- Read models of realisation, kept up to date event by event (one upsert per event; no scan at query time).
-- Placements per month: quarters and years are sums of months. doelgroep is the placement's main target group
-- (or 'onbekend' / 'overig'); met_iba and banenafspraak are the cross-cutting flags.
CREATE TABLE plaatsingen_per_maand (
    regio         text    NOT NULL,
    maand         date    NOT NULL,
    gemeente      text    NOT NULL,
    partner       text    NOT NULL,
    doelgroep     text    NOT NULL,
    met_iba       boolean NOT NULL,
    banenafspraak boolean NOT NULL,
    aantal        integer NOT NULL,
    PRIMARY KEY (regio, maand, gemeente, partner, doelgroep, met_iba, banenafspraak)
);
CREATE INDEX plaatsingen_per_maand_partner ON plaatsingen_per_maand (partner, maand);

-- Ended placements by the month they started: durability is the share not ended within six months.
CREATE TABLE beeindigingen_per_maand (
    regio              text    NOT NULL,
    startmaand         date    NOT NULL,
    gemeente           text    NOT NULL,
    binnen_zes_maanden boolean NOT NULL,
    aantal             integer NOT NULL,
    PRIMARY KEY (regio, startmaand, gemeente, binnen_zes_maanden)
);

-- Vacancies: collected (opened), made available for Banenafspraak, broadcast, filled; by the month it happened.
CREATE TABLE vacatures_per_maand (
    regio                   text    NOT NULL,
    maand                   date    NOT NULL,
    geopend                 integer NOT NULL DEFAULT 0,
    posities_geopend        integer NOT NULL DEFAULT 0,
    geschikt_banenafspraak  integer NOT NULL DEFAULT 0,
    breed_uitgezet          integer NOT NULL DEFAULT 0,
    vervuld                 integer NOT NULL DEFAULT 0,
    posities_vervuld        integer NOT NULL DEFAULT 0,
    PRIMARY KEY (regio, maand)
);

-- Contact moments per kind (bezoek = company visit) and month.
CREATE TABLE contactmomenten_per_maand (
    regio  text    NOT NULL,
    maand  date    NOT NULL,
    soort  text    NOT NULL,
    aantal integer NOT NULL,
    PRIMARY KEY (regio, maand, soort)
);

-- Contact requests by the month received: the 24-hour rule.
CREATE TABLE contactverzoeken_per_maand (
    regio              text    NOT NULL,
    maand              date    NOT NULL,
    ontvangen          integer NOT NULL DEFAULT 0,
    binnen_termijn     integer NOT NULL DEFAULT 0,
    te_laat            integer NOT NULL DEFAULT 0,
    termijn_verstreken integer NOT NULL DEFAULT 0,
    PRIMARY KEY (regio, maand)
);

-- Net Promoter Score per measuring round: promoters 9-10, passives 7-8, detractors 0-6.
CREATE TABLE nps_per_ronde (
    regio        text    NOT NULL,
    meetronde    text    NOT NULL,
    promotors    integer NOT NULL DEFAULT 0,
    passief      integer NOT NULL DEFAULT 0,
    criticasters integer NOT NULL DEFAULT 0,
    PRIMARY KEY (regio, meetronde)
);
