package nl.wsp.vacancy.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One attempt to deliver: when, the HTTP status (or the failure), how long it took. */
@Entity
@Table(name = "webhook_poging")
public class WebhookPoging {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "aflevering_id")
    public UUID afleveringId;
    public int nummer;
    public Instant op;
    @Column(name = "http_status")
    public Integer httpStatus;
    public String fout;
    @Column(name = "duur_ms")
    public int duurMs;
}
