-- Whether a partner takes part in its region's WSP now, from account-service's partners.gedeactiveerd/geactiveerd
-- events (docs/adr/0024, 0029): a partner that is not active is refused as a caller (403), as in account and vacancy.
ALTER TABLE partner ADD COLUMN actief boolean NOT NULL DEFAULT true;
