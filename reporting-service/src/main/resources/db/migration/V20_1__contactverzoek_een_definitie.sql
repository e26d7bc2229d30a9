-- One definition of 24-hour compliance for account and reporting (issue 17, item 8; docs/api.md, docs/adr/0020):
-- a request flagged termijn-verstreken and answered late afterwards is one request not answered in time, not two.
-- verstreken_daarna_beantwoord counts those late answers (beantwoord.v1 with naTermijnVerstreken = true), so that
--   unanswered past the deadline = termijn_verstreken - verstreken_daarna_beantwoord.
ALTER TABLE contactverzoeken_per_maand ADD COLUMN verstreken_daarna_beantwoord integer NOT NULL DEFAULT 0;
