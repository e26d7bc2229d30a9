-- The fallback route of the 24-hour rule (issue 17, item 8; docs/adr/0020): per region the adviser who answers
-- employers without an account manager whose sector has no sector desk, and the phone number employers are given.
-- Sector desks get the phone number of their contact person too (source 004 lists them per sector).
CREATE TABLE regio_contactpersoon (
    regio          text PRIMARY KEY,
    adviseur_id    uuid        NOT NULL REFERENCES adviseur (id),
    telefoon       text        NOT NULL,
    gewijzigd_op   timestamptz NOT NULL,
    gewijzigd_door text        NOT NULL
);

ALTER TABLE sectortafel ADD COLUMN contact_telefoon text;
