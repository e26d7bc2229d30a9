-- Benefit-cost reduction of placements (issue 18; docs/adr/0038-benefit-cost-reduction-estimate.md): placements per
-- region, start month, partner and main target group, and of those the ended ones by their whole months (0–12, capped).
-- Counts only: no placement or candidate id. Filled from the placement events; emptied and refilled by a rebuild.
CREATE TABLE schadelast_plaatsingen (
    regio      text    NOT NULL,
    startmaand date    NOT NULL,
    partner    text    NOT NULL,
    doelgroep  text    NOT NULL,
    aantal     integer NOT NULL,
    PRIMARY KEY (regio, startmaand, partner, doelgroep)
);

CREATE TABLE schadelast_beeindigingen (
    regio        text    NOT NULL,
    startmaand   date    NOT NULL,
    partner      text    NOT NULL,
    doelgroep    text    NOT NULL,
    duur_maanden integer NOT NULL CHECK (duur_maanden BETWEEN 0 AND 12),
    aantal       integer NOT NULL,
    PRIMARY KEY (regio, startmaand, partner, doelgroep, duur_maanden)
);
