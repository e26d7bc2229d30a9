-- Banenafspraak detail (issue 18, item 2; docs/adr/0045).
-- Jobs gained and lost per region, sector and month: a Banenafspraak placement is a job gained in the month it starts, its
-- end (plaatsingen.beeindigd.v1) a job lost in the month it ends. Sector 'onbekend' for events without one. Rebuilt by
-- replay (HerbouwRapportages); quarters are sums of months.
CREATE TABLE banenafspraak_banen_per_maand (
    regio     text    NOT NULL,
    sector    text    NOT NULL,
    maand     date    NOT NULL,
    gewonnen  integer NOT NULL DEFAULT 0,
    verloren  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (regio, sector, maand)
);
-- The jobs counted so far have no sector and their ends were not counted per target group: carried over as gained under
-- 'onbekend'; POST /api/v1/rapportages/herbouw makes them exact (losses included).
INSERT INTO banenafspraak_banen_per_maand (regio, sector, maand, gewonnen)
SELECT regio, 'onbekend', maand, aantal FROM banenafspraak_per_maand;

-- The baseline (nulmeting) per region and sector, set by the beheerder: the jobs counted at its date (the end of a
-- quarter). Not rebuilt from events: it is the beheerder's input, as the targets are.
CREATE TABLE banenafspraak_nulmeting (
    id           uuid PRIMARY KEY,
    regio        text        NOT NULL,
    sector       text        NOT NULL CHECK (sector IN ('markt', 'overheid', 'inleen-detachering')),
    peildatum    date        NOT NULL,
    aantal       integer     NOT NULL CHECK (aantal >= 0),
    gewijzigd_op timestamptz NOT NULL,
    CONSTRAINT banenafspraak_nulmeting_sleutel UNIQUE (regio, sector)
);
