package nl.wsp.vacancy.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One broadcast event for one subscription: wachtend until a 2xx, then afgeleverd (or mislukt after the last attempt).
 * Created with the broadcast, by {@code VacatureEvents} in one statement per batch; moved on here, one attempt at a time.
 */
@Entity
@Table(name = "webhook_aflevering")
public class WebhookAflevering {

    public static final String WACHTEND = "wachtend";
    public static final String AFGELEVERD = "afgeleverd";
    public static final String MISLUKT = "mislukt";
    public static final String GEANNULEERD = "geannuleerd";

    @Id
    private UUID id;
    @Column(name = "abonnement_id")
    private UUID abonnementId;
    @Column(name = "vacature_id")
    private UUID vacatureId;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "event_type")
    private String eventType;
    private String payload;
    private String status;
    private int pogingen;
    @Column(name = "volgende_poging")
    private Instant volgendePoging;
    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;
    @Column(name = "afgeleverd_op")
    private Instant afgeleverdOp;

    protected WebhookAflevering() {
    }

    /** Counts one more attempt and returns it, for the log. */
    WebhookPoging poging(Instant op, Integer httpStatus, String fout, int duurMs) {
        pogingen++;
        return new WebhookPoging(id, pogingen, op, httpStatus, fout, duurMs);
    }

    void afgeleverd(Instant op) {
        status = AFGELEVERD;
        afgeleverdOp = op;
        volgendePoging = null;
    }

    /** After the last attempt allowed: no retry. */
    void geefOp() {
        status = MISLUKT;
        volgendePoging = null;
    }

    /** The next attempt, unless the delivery stopped waiting meanwhile (the subscription ended). */
    void probeerOpnieuwOm(Instant wanneer) {
        if (WACHTEND.equals(status)) {
            volgendePoging = wanneer;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID abonnementId() {
        return abonnementId;
    }

    public UUID vacatureId() {
        return vacatureId;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String payload() {
        return payload;
    }

    public String status() {
        return status;
    }

    public int pogingen() {
        return pogingen;
    }

    public Instant volgendePoging() {
        return volgendePoging;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant afgeleverdOp() {
        return afgeleverdOp;
    }
}
