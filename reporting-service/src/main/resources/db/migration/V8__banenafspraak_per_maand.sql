-- Banenafspraak jobs per region and month: the cumulative report reads every month since 2014, so it gets its own
-- read model of one row per region and month instead of summing the municipality × target-group rows.
CREATE TABLE banenafspraak_per_maand (
    regio  text    NOT NULL,
    maand  date    NOT NULL,
    aantal integer NOT NULL,
    PRIMARY KEY (regio, maand)
);
INSERT INTO banenafspraak_per_maand (regio, maand, aantal)
SELECT regio, maand, sum(aantal) FROM plaatsingen_per_gemeente WHERE banenafspraak GROUP BY regio, maand;
DROP INDEX plaatsingen_per_gemeente_banenafspraak;
