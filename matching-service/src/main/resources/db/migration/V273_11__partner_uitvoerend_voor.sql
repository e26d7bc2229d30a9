-- Issue 17 item 8 (ADR 0041): our copy of the municipalities a partner is the executing organisation of, from
-- account-service's partners.uitvoering-gewijzigd.v1. Empty: it acts for itself only and its candidates may live anywhere.
ALTER TABLE partner ADD COLUMN uitvoerend_voor text[] NOT NULL DEFAULT '{}';
