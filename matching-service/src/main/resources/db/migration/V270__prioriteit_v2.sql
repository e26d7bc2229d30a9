-- prioriteit-v2 (issue 18, item 1; ADR 0027). Two things the v2 rules read that the match projection and the target
-- status did not hold:
-- 1. Every placement target's progress (reporting's voortgang-gewijzigd events): a partner's, a group of municipalities',
--    or several partners' jointly, with its span of years. Keyed by the target; the latest event wins.
CREATE TABLE doelstelling_voortgang (
    doelstelling_id uuid PRIMARY KEY,
    regio           text    NOT NULL,
    van_jaar        integer NOT NULL,
    tot_jaar        integer NOT NULL,
    doelgroep       text    NOT NULL,
    partners        text[]  NOT NULL,
    gemeenten       text[]  NOT NULL,
    doel            integer NOT NULL,
    gerealiseerd    integer NOT NULL,
    CHECK (tot_jaar >= van_jaar)
);
CREATE INDEX doelstelling_voortgang_jaren ON doelstelling_voortgang (van_jaar, tot_jaar);

-- 2. In the match projection, the candidate's municipality of residence and target groups: v2's vulnerability (social
--    assistance) and which targets count the candidate. Not new personal data in this service: both are columns of
--    kandidaat already; they are copied for the rows there are, and written by the intake from now on.
ALTER TABLE kandidaat_match ADD COLUMN woongemeente text, ADD COLUMN doelgroepen text[] NOT NULL DEFAULT '{}';
UPDATE kandidaat_match m SET woongemeente = k.woongemeente, doelgroepen = coalesce(k.doelgroepen, '{}')
  FROM kandidaat k WHERE k.id = m.kandidaat_id;
