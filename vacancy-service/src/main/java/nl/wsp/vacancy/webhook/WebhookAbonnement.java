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
    private UUID id;
    private String partner;
    private String url;
    private String geheim;
    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;
    private boolean actief;

    protected WebhookAbonnement() {
    }

    /** A new, active subscription of {@code partner} to an address already checked. */
    WebhookAbonnement(String partner, String url, String geheim, Instant aangemaaktOp) {
        this.id = UUID.randomUUID();
        this.partner = partner;
        this.url = url;
        this.geheim = geheim;
        this.aangemaaktOp = aangemaaktOp;
        this.actief = true;
    }

    /** No more deliveries; the subscription and its log stay. */
    void beeindig() {
        this.actief = false;
    }

    public UUID id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    public String url() {
        return url;
    }

    public String geheim() {
        return geheim;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public boolean actief() {
        return actief;
    }
}
