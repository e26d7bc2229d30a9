-- Issue 17 item 5 (ADR 0039, point 7 revised): the NPS of a sector plan is realised from the responses of that sector's
-- employers; the response event names the employer's sector at the time of the response (an optional addition).
CREATE TABLE nps_per_sector_ronde (
    regio        text    NOT NULL,
    sector       text    NOT NULL,
    meetronde    text    NOT NULL,
    promotors    integer NOT NULL DEFAULT 0,
    passief      integer NOT NULL DEFAULT 0,
    criticasters integer NOT NULL DEFAULT 0,
    PRIMARY KEY (regio, sector, meetronde)
);
