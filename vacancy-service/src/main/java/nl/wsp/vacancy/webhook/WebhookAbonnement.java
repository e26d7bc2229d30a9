package nl.wsp.vacancy.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A partner's endpoint for vacancy broadcasts, and the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook_abonnement")
public class WebhookAbonnement {

    @Id
    public UUID id;
    public String partner;
    public String url;
    public String geheim;
    @Column(name = "aangemaakt_op")
    public Instant aangemaaktOp;
    public boolean actief;
}
