-- Erasures of candidates (nl.wsp.kandidaat.gewist.v1) that reporting has honoured, per month: the accountability of
-- AVG art. 5(2) in numbers, without keeping whom (docs/adr/0017-erasure-and-retention.md). The read models hold no
-- candidate id, so honouring an erasure changes no count; this counter is the only trace it leaves.
CREATE TABLE wissingen_per_maand (
    maand  date    PRIMARY KEY,
    aantal integer NOT NULL
);
