-- Targets beyond placements (issue 17 item 5; docs/adr/0039): per region, year, indicator and optionally sector (the
-- sector plan, "marktbewerkingsplan"). sector '' is the whole region. One target per key: no overlap rule is needed.
CREATE TABLE indicatordoel (
    id           uuid PRIMARY KEY,
    regio        text        NOT NULL,
    jaar         integer     NOT NULL,
    indicator    text        NOT NULL,
    sector       text        NOT NULL DEFAULT '',
    doel         integer     NOT NULL,
    toelichting  text,
    gewijzigd_op timestamptz NOT NULL,
    CONSTRAINT indicatordoel_sleutel UNIQUE (regio, jaar, indicator, sector)
);

-- The realisation of the additive indicators that the existing read models do not hold per sector: company visits
-- (contact moments of kind bezoek) and vacancies collected (vacatures.geopend), per region, sector and month. Rebuilt by
-- replay (HerbouwRapportages). Sector 'onbekend' for events without one.
CREATE TABLE indicator_per_maand (
    regio     text    NOT NULL,
    sector    text    NOT NULL,
    maand     date    NOT NULL,
    indicator text    NOT NULL,
    aantal    integer NOT NULL,
    PRIMARY KEY (regio, sector, maand, indicator)
);
