package nl.wsp.vacancy.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One broadcast event for one subscription: wachtend until a 2xx, then afgeleverd (or mislukt after the last attempt). */
@Entity
@Table(name = "webhook_aflevering")
public class WebhookAflevering {

    public static final String WACHTEND = "wachtend";
    public static final String AFGELEVERD = "afgeleverd";
    public static final String MISLUKT = "mislukt";
    public static final String GEANNULEERD = "geannuleerd";

    @Id
    public UUID id;
    @Column(name = "abonnement_id")
    public UUID abonnementId;
    @Column(name = "vacature_id")
    public UUID vacatureId;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "event_type")
    public String eventType;
    public String payload;
    public String status;
    public int pogingen;
    @Column(name = "volgende_poging")
    public Instant volgendePoging;
    @Column(name = "aangemaakt_op")
    public Instant aangemaaktOp;
    @Column(name = "afgeleverd_op")
    public Instant afgeleverdOp;
}
