-- account-service's werkgever events carry the employer's labour-market region (optional field): the region whose
-- own-caseload window applies to the employer's vacancies.
ALTER TABLE werkgever ADD COLUMN regio text;
