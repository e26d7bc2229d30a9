-- The advisers a service knows from account-service's nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1: the id
-- (the sub of the adviser's tokens) and the partner, nothing else (the frame's nl.wsp.platform.bekenden.Adviseurs;
-- docs/adr/0029, decision 4). For every service that lists db/platform/adviseurs in quarkus.flyway.locations.
-- Only when absent: matching-service created this very table under its own V175__adviseur.sql and vacancy-service under
-- V5__werkgever.sql (with two more columns, which its V271_61 drops); their rows stay as they are and are the frame's.
-- The version lies above every service's migrations of the time (matching and reporting V271.13), so an existing
-- database applies it in order.
-- Written as a DO block rather than CREATE TABLE IF NOT EXISTS: the latter raises a NOTICE that Flyway logs as a
-- WARN on every cold start of those two services, and a start-up log must be free of warnings (./wsp e2e checks it).
DO $$
BEGIN
    IF to_regclass('adviseur') IS NULL THEN
        CREATE TABLE adviseur (
            id      uuid PRIMARY KEY,
            partner text NOT NULL
        );
    END IF;
END
$$;
