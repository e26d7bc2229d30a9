-- This service's copy of the advisers (from nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1), so that a token's
-- sub can be checked to be an adviser of the token's partner (issue 13 item 1, ADR 0015 decision 6). Only the id and
-- the partner: matching needs to know that someone is an adviser of a partner, not their name.
CREATE TABLE adviseur (
    id      uuid PRIMARY KEY,
    partner text NOT NULL
);
