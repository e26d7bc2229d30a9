-- The advisers are the frame's read model now (db/platform/adviseurs V271.60, nl.wsp.platform.bekenden.Adviseurs;
-- docs/adr/0029 decision 4): id and partner. The name and region V5 also copied were written but never read by this
-- service; data minimisation (AVG art. 5(1)(c)) says they go. The rows and their id and partner stay.
ALTER TABLE adviseur DROP COLUMN naam, DROP COLUMN regio;
