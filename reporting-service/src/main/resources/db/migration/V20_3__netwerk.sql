-- The employer network (issue 17, item 3; docs/adr/0020): per employer (a company's pseudonymous id, no personal data)
-- its region, sector and flags, and its contact moments and opened vacancies per month, so that the report can count
-- distinct employers with regular contact and with vacancies. The report answers aggregates only.
CREATE TABLE netwerk_werkgever (
    werkgever_id text    PRIMARY KEY,
    regio        text    NOT NULL,
    sector       text    NOT NULL,
    key_account  boolean NOT NULL,
    smaakmaker   boolean NOT NULL,
    bekend_sinds date    NOT NULL
);
CREATE INDEX netwerk_werkgever_regio ON netwerk_werkgever (regio, bekend_sinds);

CREATE TABLE netwerk_contacten_per_maand (
    werkgever_id text    NOT NULL,
    maand        date    NOT NULL,
    aantal       integer NOT NULL,
    PRIMARY KEY (werkgever_id, maand)
);

CREATE TABLE netwerk_vacatures_per_maand (
    werkgever_id text    NOT NULL,
    maand        date    NOT NULL,
    aantal       integer NOT NULL,
    PRIMARY KEY (werkgever_id, maand)
);
