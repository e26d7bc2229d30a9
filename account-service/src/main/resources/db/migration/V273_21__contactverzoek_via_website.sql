-- Contact requests handed in by employers on the public website (docs/adr/0042; source 004: "Nieuw contact via de
-- website"). They are ordinary contact requests (the 24 hours, the routing, the event); beside them the request keeps
-- how it came in and whom to answer: the contact person and an e-mail address or telephone number (personal data,
-- wiped with the subject after the retention period, docs/bewaartermijnen.md). Every existing request was registered
-- by an adviser or beheerder.
ALTER TABLE contactverzoek ADD COLUMN kanaal text NOT NULL DEFAULT 'adviseur' CHECK (kanaal IN ('adviseur', 'website'));
ALTER TABLE contactverzoek ADD COLUMN contactpersoon text;
ALTER TABLE contactverzoek ADD COLUMN email text;
ALTER TABLE contactverzoek ADD COLUMN telefoon text;
-- The website's per-employer limit counts an employer's website requests of the last 24 hours.
CREATE INDEX contactverzoek_via_website ON contactverzoek (werkgever_id, ontvangen_op) WHERE kanaal = 'website';
