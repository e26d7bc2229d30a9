-- ESCO taxonomy (v1.1.1, data/esco in the repository): loaded at start-up by EscoLoader when esco_versie lacks the version.
CREATE TABLE esco_versie (
    versie     text PRIMARY KEY,
    geladen_op timestamptz NOT NULL
);

CREATE TABLE esco_beroep (
    uri           text PRIMARY KEY,
    isco_groep    text,
    code          text,
    label_nl      text,
    label_en      text,
    alt_labels_nl text,
    alt_labels_en text
);

CREATE TABLE esco_vaardigheid (
    uri           text PRIMARY KEY,
    soort         text,
    hergebruik    text,
    label_nl      text,
    label_en      text,
    alt_labels_en text
);
