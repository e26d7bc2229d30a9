-- The employer-events report (issue 17, item 2; docs/adr/0031): per event its kind, level, sector, date and attendance
-- counts; which vacancy was collected at which event; the placements per vacancy. Ids of events and vacancies and
-- counts only: no employer or candidate id. The report joins the three, so the order of the topics does not matter.
-- An attendance may be applied before its event's registration is (the columns then stay null until it is).
CREATE TABLE evenement_telling (
    evenement_id      uuid PRIMARY KEY,
    regio             text,
    soort             text,
    niveau            text,
    sector            text,
    datum             date,
    aantal_werkgevers integer NOT NULL DEFAULT 0,
    aantal_kandidaten integer NOT NULL DEFAULT 0
);
CREATE INDEX evenement_telling_regio_datum ON evenement_telling (regio, datum);

CREATE TABLE evenement_vacature (
    vacature_id  uuid PRIMARY KEY,
    evenement_id uuid NOT NULL
);
CREATE INDEX evenement_vacature_evenement ON evenement_vacature (evenement_id);

CREATE TABLE plaatsingen_per_vacature (
    vacature_id uuid PRIMARY KEY,
    aantal      integer NOT NULL
);
