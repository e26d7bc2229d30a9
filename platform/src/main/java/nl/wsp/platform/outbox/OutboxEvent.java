package nl.wsp.platform.outbox;

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
    private UUID id;

    @Column(insertable = false, updatable = false)
    private Long position;

    private String topic;

    @Column(name = "aggregate_id")
    private String aggregateId;

    private String type;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String payload;

    @Column(name = "published_at")
    private Instant publishedAt;

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

    public UUID id() {
        return id;
    }

    public Long position() {
        return position;
    }

    public String topic() {
        return topic;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String type() {
        return type;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The complete CloudEvent, as it goes to Kafka. */
    public String payload() {
        return payload;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
