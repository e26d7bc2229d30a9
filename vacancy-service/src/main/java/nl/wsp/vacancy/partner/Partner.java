package nl.wsp.vacancy.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A partner organisation as this service knows it, from account-service's partner events. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    private UUID id;
    private String code;
    private String naam;
    private String soort;
    private String regio;
    /** Whether it takes part in its region's WSP now (account-service's partners.gedeactiveerd/geactiveerd). */
    private boolean actief = true;

    protected Partner() {
    }

    /** A partner as account-service registered it: active from the start. */
    public Partner(UUID id, String code, String naam, String soort, String regio) {
        this.id = id;
        this.code = code;
        this.naam = naam;
        this.soort = soort;
        this.regio = regio;
    }

    /** The last of account-service's (de)activation events of this partner says whether it takes part. */
    void zetActief(boolean actief) {
        this.actief = actief;
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
}
