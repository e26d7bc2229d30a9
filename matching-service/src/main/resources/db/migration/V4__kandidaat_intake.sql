-- Candidate intake (issue 5). Reference data, ESCO, candidates, their restricted life-domain notes, and the
-- append-only audit trail of every read and write of a candidate's personal data.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Municipalities a candidate may live in, per labour-market region (data/referentie/arbeidsmarktregios.csv; kept in step at start-up).
CREATE TABLE gemeente (
    naam  text PRIMARY KEY,
    regio text NOT NULL
);
INSERT INTO gemeente (naam, regio) VALUES
    ('Amersfoort', 'Amersfoort'),
    ('Baarn', 'Amersfoort'),
    ('Bunschoten', 'Amersfoort'),
    ('Leusden', 'Amersfoort'),
    ('Nijkerk', 'Amersfoort'),
    ('Soest', 'Amersfoort'),
    ('Woudenberg', 'Amersfoort'),
    ('Hilversum', 'Gooi en Vechtstreek'),
    ('Huizen', 'Gooi en Vechtstreek'),
    ('Blaricum', 'Gooi en Vechtstreek'),
    ('Eemnes', 'Gooi en Vechtstreek'),
    ('Laren', 'Gooi en Vechtstreek'),
    ('Gooise Meren', 'Gooi en Vechtstreek'),
    ('Weesp', 'Gooi en Vechtstreek'),
    ('Wijdemeren', 'Gooi en Vechtstreek'),
    ('Roermond', 'Midden-Limburg'),
    ('Echt-Susteren', 'Midden-Limburg'),
    ('Maasgouw', 'Midden-Limburg'),
    ('Roerdalen', 'Midden-Limburg'),
    ('Leudal', 'Midden-Limburg'),
    ('Weert', 'Midden-Limburg'),
    ('Nederweert', 'Midden-Limburg'),
    ('Tilburg', 'Midden-Brabant'),
    ('Alphen-Chaam', 'Midden-Brabant'),
    ('Baarle-Nassau', 'Midden-Brabant'),
    ('Gilze en Rijen', 'Midden-Brabant'),
    ('Dongen', 'Midden-Brabant'),
    ('Goirle', 'Midden-Brabant'),
    ('Heusden', 'Midden-Brabant'),
    ('Hilvarenbeek', 'Midden-Brabant'),
    ('Loon op Zand', 'Midden-Brabant'),
    ('Oisterwijk', 'Midden-Brabant'),
    ('Waalwijk', 'Midden-Brabant');

-- ESCO v1.1.1 (data/esco in the repository), loaded at start-up by EscoImport when esco_versie lacks the version.
CREATE TABLE esco_versie (
    versie      text PRIMARY KEY,
    geladen_op  timestamptz NOT NULL
);
CREATE TABLE esco_isco_groep (
    code     text PRIMARY KEY,
    label_en text NOT NULL,
    label_nl text
);
CREATE TABLE esco_beroep (
    uri        text PRIMARY KEY,
    isco_groep text NOT NULL,
    code       text NOT NULL,
    label_nl   text,
    label_en   text NOT NULL,
    alt_nl     text,
    alt_en     text
);
CREATE TABLE esco_vaardigheid (
    uri        text PRIMARY KEY,
    soort      text,
    hergebruik text,
    label_nl   text,
    label_en   text NOT NULL,
    alt_en     text
);
CREATE TABLE esco_beroep_vaardigheid (
    beroep_uri      text NOT NULL,
    relatie         text NOT NULL,
    vaardigheid_uri text NOT NULL,
    PRIMARY KEY (beroep_uri, vaardigheid_uri)
);
CREATE INDEX esco_beroep_vaardigheid_vaardigheid ON esco_beroep_vaardigheid (vaardigheid_uri);
-- Every label (preferred and alternative, Dutch and English) of every occupation and skill: the autocomplete.
CREATE TABLE esco_label (
    uri      text    NOT NULL,
    soort    text    NOT NULL CHECK (soort IN ('beroep', 'vaardigheid')),
    taal     text    NOT NULL,
    voorkeur boolean NOT NULL,
    label    text    NOT NULL,
    genormaliseerd text NOT NULL
);
CREATE INDEX esco_label_trgm ON esco_label USING gin (genormaliseerd gin_trgm_ops);
CREATE INDEX esco_label_exact ON esco_label (soort, genormaliseerd);

-- A job-ready candidate, owned by the partner whose system pushed it, identified to that partner by its own
-- reference (never a BSN). profiel holds what matching needs (no name, contact or address); persoonsgegevens
-- holds those; life-domain notes live in kandidaat_leefgebied. wijziging orders the partner's delta feed.
CREATE SEQUENCE kandidaat_wijziging_seq;
CREATE TABLE kandidaat (
    id                  uuid PRIMARY KEY,
    partner             text        NOT NULL,
    referentie          text,
    status              text        NOT NULL CHECK (status IN ('beschikbaar', 'ingetrokken', 'gewist')),
    reden_intrekking    text,
    woongemeente        text REFERENCES gemeente (naam),
    doelgroepen         text[],
    profiel             jsonb,
    persoonsgegevens    jsonb,
    profiel_hash        text,
    volledigheid        integer     NOT NULL,
    ontbrekende_velden  text[]      NOT NULL,
    aangemaakt_op       timestamptz NOT NULL,
    gewijzigd_op        timestamptz NOT NULL,
    wijziging           bigint      NOT NULL DEFAULT nextval('kandidaat_wijziging_seq'),
    CONSTRAINT kandidaat_referentie_per_partner UNIQUE (partner, referentie)
);
CREATE INDEX kandidaat_feed ON kandidaat (partner, wijziging);

-- Restricted: only the owning partner sees these; never in an event, never in another partner's view.
CREATE TABLE kandidaat_leefgebied (
    kandidaat_id uuid PRIMARY KEY REFERENCES kandidaat (id) ON DELETE CASCADE,
    notities     jsonb NOT NULL
);

-- Append-only audit trail: who read or wrote which candidate's personal data, for what purpose, when.
CREATE TABLE kandidaat_audit (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tijdstip     timestamptz NOT NULL,
    wie          text        NOT NULL,
    rol          text        NOT NULL,
    partner      text,
    doel         text        NOT NULL,
    actie        text        NOT NULL,
    kandidaat_id uuid        NOT NULL,
    trace_id     text        NOT NULL
);
CREATE INDEX kandidaat_audit_kandidaat ON kandidaat_audit (kandidaat_id);

CREATE FUNCTION kandidaat_audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'kandidaat_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER kandidaat_audit_geen_wijziging BEFORE UPDATE OR DELETE ON kandidaat_audit
    FOR EACH ROW EXECUTE FUNCTION kandidaat_audit_alleen_toevoegen();
CREATE TRIGGER kandidaat_audit_geen_truncate BEFORE TRUNCATE ON kandidaat_audit
    FOR EACH STATEMENT EXECUTE FUNCTION kandidaat_audit_alleen_toevoegen();
