-- Reference data: the labour-market regions and their municipalities (data/referentie/arbeidsmarktregios.csv; kept in step at start-up).
-- A target names municipalities of one region; a placement outside the region's list counts as 'Buiten regio'.
CREATE TABLE regio (naam text PRIMARY KEY);
CREATE TABLE gemeente (
    regio       text    NOT NULL REFERENCES regio (naam),
    naam        text    NOT NULL,
    volgorde    integer NOT NULL,
    toelichting text,
    PRIMARY KEY (regio, naam)
);
INSERT INTO regio (naam) VALUES ('Amersfoort'), ('Gooi en Vechtstreek'), ('Midden-Limburg'), ('Midden-Brabant');
INSERT INTO gemeente (naam, regio, volgorde, toelichting) VALUES
    ('Amersfoort', 'Amersfoort', 1, 'centrumgemeente'),
    ('Baarn', 'Amersfoort', 2, 'uitvoering BBS (Baarn Bunschoten Soest)'),
    ('Bunschoten', 'Amersfoort', 3, 'uitvoering BBS'),
    ('Leusden', 'Amersfoort', 4, NULL),
    ('Nijkerk', 'Amersfoort', 5, NULL),
    ('Soest', 'Amersfoort', 6, 'uitvoering BBS'),
    ('Woudenberg', 'Amersfoort', 7, NULL),
    ('Hilversum', 'Gooi en Vechtstreek', 8, 'centrumgemeente; werkgebied Hilversum'),
    ('Huizen', 'Gooi en Vechtstreek', 9, 'werkgebied HBEL'),
    ('Blaricum', 'Gooi en Vechtstreek', 10, 'werkgebied HBEL'),
    ('Eemnes', 'Gooi en Vechtstreek', 11, 'werkgebied HBEL'),
    ('Laren', 'Gooi en Vechtstreek', 12, 'werkgebied HBEL'),
    ('Gooise Meren', 'Gooi en Vechtstreek', 13, 'werkgebied Gooise Meren'),
    ('Weesp', 'Gooi en Vechtstreek', 14, 'werkgebied Weesp'),
    ('Wijdemeren', 'Gooi en Vechtstreek', 15, 'werkgebied Wijdemeren'),
    ('Roermond', 'Midden-Limburg', 16, 'centrumgemeente; sub-regio Roermond'),
    ('Echt-Susteren', 'Midden-Limburg', 17, 'sub-regio Roermond'),
    ('Maasgouw', 'Midden-Limburg', 18, 'sub-regio Roermond'),
    ('Roerdalen', 'Midden-Limburg', 19, 'sub-regio Roermond'),
    ('Leudal', 'Midden-Limburg', 20, 'both sub-regions (Roermond and Weert/Werk.Kom)'),
    ('Weert', 'Midden-Limburg', 21, 'sub-regio Weert (Werk.Kom)'),
    ('Nederweert', 'Midden-Limburg', 22, 'sub-regio Weert (Werk.Kom)'),
    ('Tilburg', 'Midden-Brabant', 23, 'centrumgemeente'),
    ('Alphen-Chaam', 'Midden-Brabant', 24, 'ABG'),
    ('Baarle-Nassau', 'Midden-Brabant', 25, 'ABG'),
    ('Gilze en Rijen', 'Midden-Brabant', 26, 'ABG'),
    ('Dongen', 'Midden-Brabant', 27, NULL),
    ('Goirle', 'Midden-Brabant', 28, NULL),
    ('Heusden', 'Midden-Brabant', 29, 'Baanbrekers'),
    ('Hilvarenbeek', 'Midden-Brabant', 30, NULL),
    ('Loon op Zand', 'Midden-Brabant', 31, 'Baanbrekers'),
    ('Oisterwijk', 'Midden-Brabant', 32, NULL),
    ('Waalwijk', 'Midden-Brabant', 33, 'Baanbrekers');
