-- Issue 18 items 5 and 7 (docs/adr/0043): the candidate pool as counts (replaced per partner by every
-- kandidatenpools.gewijzigd.v1) and, for the fairness monitor, the proposals (voordrachten.gedaan.v1) and placements
-- (plaatsingen.gerealiseerd.v1) per year, main target group and age band. No candidate id anywhere; small cells are
-- suppressed when reported, not here. Rebuilt from events (HerbouwRapportages).
CREATE TABLE kandidatenpool_cel (
    partner        text    NOT NULL,
    regio          text    NOT NULL,
    gemeente       text    NOT NULL,
    hoofddoelgroep text    NOT NULL,
    banenafspraak  boolean NOT NULL,
    leeftijdsband  text    NOT NULL,
    aantal         integer NOT NULL CHECK (aantal > 0),
    PRIMARY KEY (partner, gemeente, hoofddoelgroep, banenafspraak, leeftijdsband)
);
CREATE INDEX kandidatenpool_cel_regio ON kandidatenpool_cel (regio);

CREATE TABLE eerlijkheid_voordracht (
    regio          text    NOT NULL,
    jaar           integer NOT NULL,
    hoofddoelgroep text    NOT NULL,
    banenafspraak  boolean NOT NULL,
    leeftijdsband  text    NOT NULL,
    aantal         integer NOT NULL,
    PRIMARY KEY (regio, jaar, hoofddoelgroep, banenafspraak, leeftijdsband)
);

CREATE TABLE eerlijkheid_plaatsing (
    regio          text    NOT NULL,
    jaar           integer NOT NULL,
    hoofddoelgroep text    NOT NULL,
    banenafspraak  boolean NOT NULL,
    leeftijdsband  text    NOT NULL,
    aantal         integer NOT NULL,
    PRIMARY KEY (regio, jaar, hoofddoelgroep, banenafspraak, leeftijdsband)
);
