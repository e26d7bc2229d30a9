-- This service's copy of employers and advisers, from account-service's events (docs/events.md).
CREATE TABLE werkgever (
    id                     uuid PRIMARY KEY,
    kvk_nummer             text,
    naam                   text,
    vestigingsgemeente     text,
    sector                 text,
    aantal_werknemers      integer,
    accountmanager_id      uuid,
    accountmanager_partner text
);

CREATE TABLE adviseur (
    id      uuid PRIMARY KEY,
    partner text NOT NULL,
    naam    text,
    regio   text
);
