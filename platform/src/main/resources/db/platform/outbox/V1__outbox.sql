-- Transactional outbox (docs/adr/0001-outbox-and-inbox.md): a row per event, written in the same
-- transaction as the state change; the relay publishes rows in position order and marks them.
CREATE TABLE outbox_event (
    id           uuid PRIMARY KEY,
    position     bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    topic        text        NOT NULL,
    aggregate_id text        NOT NULL,
    type         text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    payload      text        NOT NULL,
    published_at timestamptz
);

CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;
