-- Issue 18 item 4: the work-to-work outcome (seed 002: "begeleiden van werk naar werk wanneer voortzetting niet mogelijk
-- is ook als een succes wordt gezien"). Of the endings counted in a row, how many went straight to other work
-- (reason naar-ander-werk): durability counts them as still in work. Rebuilt from the events like the rest of the row.
ALTER TABLE beeindigingen_per_maand ADD COLUMN naar_ander_werk integer NOT NULL DEFAULT 0;
