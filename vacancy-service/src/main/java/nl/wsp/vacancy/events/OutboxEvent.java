package nl.wsp.vacancy.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An event waiting to be published: written in the same transaction as the state change it describes.
 * {@code payload} is the complete CloudEvent (structured JSON); {@code position} is the publishing order.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long position;

    public String topic;

    @Column(name = "aggregate_id")
    public String aggregateId;

    public String type;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String payload;

    @Column(name = "published_at")
    public Instant publishedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(UUID id, String topic, String aggregateId, String type, Instant occurredAt, String payload) {
        this.id = id;
        this.topic = topic;
        this.aggregateId = aggregateId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }
}
