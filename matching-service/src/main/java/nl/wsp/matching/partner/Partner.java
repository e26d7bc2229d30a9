package nl.wsp.matching.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A partner organisation as this service knows it, from account-service's partner events, and whether it is active. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    private UUID id;
    private String code;
    private String naam;
    private String soort;
    private String regio;
    /** False after account-service's {@code partners.gedeactiveerd.v1}, true again after {@code …geactiveerd.v1}. */
    private boolean actief = true;

    protected Partner() {
    }

    Partner(PartnerGeregistreerdV1 e) {
        this.id = e.partnerId();
        this.code = e.code();
        this.naam = e.naam();
        this.soort = e.soort();
        this.regio = e.regio();
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }

    public String soort() {
        return soort;
    }

    public String regio() {
        return regio;
    }

    public boolean actief() {
        return actief;
    }

    void zetActief(boolean actief) {
        this.actief = actief;
    }
}
