-- Numbered above every migration an existing account database has run (the frame's V60_5), so Flyway applies it in order.
-- Retention (issue 14 item 5, docs/bewaartermijnen.md): after its period a contact moment's summary and a contact
-- request's subject are emptied while the row stays counted, so the columns may hold no text.
ALTER TABLE contactmoment ALTER COLUMN samenvatting DROP NOT NULL;
ALTER TABLE contactverzoek ALTER COLUMN onderwerp DROP NOT NULL;
ALTER TABLE accountmanager_toewijzing ALTER COLUMN reden DROP NOT NULL;
ALTER TABLE accountmanager_toewijzing ALTER COLUMN toegewezen_door DROP NOT NULL;
-- the sweeps look rows up by the moment their period runs from
CREATE INDEX contactmoment_datum_tekst ON contactmoment (datum) WHERE samenvatting IS NOT NULL OR vervolgafspraak IS NOT NULL;
CREATE INDEX contactverzoek_tekst ON contactverzoek ((coalesce(beantwoord_op, ontvangen_op))) WHERE onderwerp IS NOT NULL;
CREATE INDEX nps_respons_toelichting ON nps_respons (geregistreerd_op) WHERE toelichting IS NOT NULL;
CREATE INDEX accountmanager_toewijzing_reden ON accountmanager_toewijzing (toegewezen_op) WHERE reden IS NOT NULL;
