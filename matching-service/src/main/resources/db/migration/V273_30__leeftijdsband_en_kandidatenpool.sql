-- Issue 18 items 5 and 7 (docs/adr/0043): the optional age band a partner system sends with a candidate (one of three
-- fixed bands; never a birth date or year), and the last pool count published per partner (so a push that changes no
-- count publishes nothing).
ALTER TABLE kandidaat ADD COLUMN leeftijdsband text;
ALTER TABLE kandidaat ADD CONSTRAINT kandidaat_leeftijdsband_bekend
    CHECK (leeftijdsband IS NULL OR leeftijdsband IN ('tot-27', '27-49', '50-plus'));

CREATE TABLE kandidatenpool_stand (
    partner        text PRIMARY KEY,
    hash           text        NOT NULL,
    gepubliceerd_op timestamptz NOT NULL
);
