-- A partner's and a contact moment's kind are stored as the API's code ('sw-bedrijf', 'bezoek') instead of the Java
-- constant's name ('SW_BEDRIJF', 'BEZOEK'), as matching's statuses and kinds (V271_61–V271_64; docs/adr/0026, "Status
-- values"). The entities map them with PartnerSoort.Code and ContactSoort.Code; the CHECK constraints and the partial
-- index of company visits follow. The events carried the code all along (Jackson's @JsonProperty): they do not change.
ALTER TABLE partner DROP CONSTRAINT partner_soort_check;
UPDATE partner SET soort = translate(lower(soort), '_', '-');
ALTER TABLE partner ADD CONSTRAINT partner_soort_check CHECK (soort IN ('gemeente', 'uwv', 'sw-bedrijf'));

ALTER TABLE contactmoment DROP CONSTRAINT contactmoment_soort_check;
DROP INDEX contactmoment_bezoek;
UPDATE contactmoment SET soort = lower(soort);
ALTER TABLE contactmoment ADD CONSTRAINT contactmoment_soort_check
    CHECK (soort IN ('bezoek', 'telefoon', 'mail', 'bijeenkomst'));
CREATE INDEX contactmoment_bezoek ON contactmoment (werkgever_id, datum) WHERE soort = 'bezoek';
