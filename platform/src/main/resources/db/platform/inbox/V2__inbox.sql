-- Idempotent inbox (docs/adr/0001-outbox-and-inbox.md): the primary key makes a second delivery a no-op.
CREATE TABLE inbox_event (
    event_id    text PRIMARY KEY,
    type        text        NOT NULL,
    source      text,
    received_at timestamptz NOT NULL
);
