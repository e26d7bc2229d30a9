-- Issue 17 item 8 (ADR 0041): our copy of the municipalities a partner is the executing organisation of, from
-- account-service's partners.uitvoering-gewijzigd.v1. A placement of its candidate who lives in one of them also counts
-- for that municipality's own partner (its partner targets). Empty: it acts for itself only.
ALTER TABLE partner ADD COLUMN uitvoerend_voor text[] NOT NULL DEFAULT '{}';
