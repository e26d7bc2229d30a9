-- Idempotency-Key on POST /api/v1/vacatures: a retried create (same caller, same key) answers the vacancy created first.
-- The row is inserted first in the create's transaction, so a concurrent duplicate waits on the key and then finds it.
CREATE TABLE idempotentie_sleutel (
    aanvrager     text        NOT NULL,
    sleutel       text        NOT NULL,
    verzoek_hash  text        NOT NULL,
    vacature_id   uuid        NOT NULL,
    aangemaakt_op timestamptz NOT NULL,
    PRIMARY KEY (aanvrager, sleutel)
);
