-- Banenafspraak detail (issue 18, item 2; docs/adr/0045): a placement of a candidate of the Banenafspraak target group
-- names the sector its job counts in (markt, overheid, inleen-detachering). Placements from before stay without one:
-- reporting counts their jobs under sector "onbekend".
ALTER TABLE plaatsing ADD COLUMN banenafspraak_sector text
    CHECK (banenafspraak_sector IN ('markt', 'overheid', 'inleen-detachering'));
