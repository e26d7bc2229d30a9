-- Whether a partner takes part in its region's WSP now, from account-service's partners.gedeactiveerd/geactiveerd
-- events (docs/adr/0024): a partner that is not active is refused as a caller and receives no webhook deliveries.
ALTER TABLE partner ADD COLUMN actief boolean NOT NULL DEFAULT true;
