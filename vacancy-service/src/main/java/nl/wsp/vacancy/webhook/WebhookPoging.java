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
    private Long id;
    @Column(name = "aflevering_id")
    private UUID afleveringId;
    private int nummer;
    private Instant op;
    @Column(name = "http_status")
    private Integer httpStatus;
    private String fout;
    @Column(name = "duur_ms")
    private int duurMs;

    protected WebhookPoging() {
    }

    WebhookPoging(UUID afleveringId, int nummer, Instant op, Integer httpStatus, String fout, int duurMs) {
        this.afleveringId = afleveringId;
        this.nummer = nummer;
        this.op = op;
        this.httpStatus = httpStatus;
        this.fout = fout;
        this.duurMs = duurMs;
    }

    /** The receiver answered 2xx. */
    public boolean gelukt() {
        return gelukt(httpStatus);
    }

    /** Whether an answer with this HTTP status (none: no answer) counts as delivered. */
    static boolean gelukt(Integer httpStatus) {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    public Long id() {
        return id;
    }

    public UUID afleveringId() {
        return afleveringId;
    }

    public int nummer() {
        return nummer;
    }

    public Instant op() {
        return op;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String fout() {
        return fout;
    }

    public int duurMs() {
        return duurMs;
    }
}
