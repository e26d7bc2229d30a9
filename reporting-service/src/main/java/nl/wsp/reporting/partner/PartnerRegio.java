package nl.wsp.reporting.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** Read model: a partner organisation as reporting knows it, from account-service's events. */
@Entity
@Table(name = "partner")
public class PartnerRegio {

    @Id
    @Column(name = "partner_id")
    private UUID partnerId;

    private String code;
    private String naam;
    private String soort;
    private String regio;
    /** False after account-service's {@code partners.gedeactiveerd.v1}, true again after {@code …geactiveerd.v1}. */
    private boolean actief = true;
    /** The municipalities it is the executing organisation of (account's {@code partners.uitvoering-gewijzigd.v1}, ADR 0041). */
    @Column(name = "uitvoerend_voor")
    private String[] uitvoerendVoor = new String[0];

    protected PartnerRegio() {
    }

    PartnerRegio(PartnerGeregistreerdV1 e) {
        this.partnerId = e.partnerId();
        this.code = e.code();
        this.naam = e.naam();
        this.soort = e.soort();
        this.regio = e.regio();
    }

    public UUID partnerId() {
        return partnerId;
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

    /**
     * Whether account-service registered it with a limited role (a re-integration company, a private intermediary;
     * docs/adr/0042): its users see no report. This service's copy of account-service's {@code PartnerSoort.beperkt()};
     * the kind is read as text, so a kind added later is a full partner here until this copy learns it.
     */
    public boolean beperkt() {
        return BEPERKTE_SOORTEN.contains(soort);
    }

    /** The kinds of account-service's {@code PartnerSoort} with a limited role. */
    public static final java.util.Set<String> BEPERKTE_SOORTEN = java.util.Set.of("re-integratiebedrijf", "private-bemiddelaar");

    public boolean actief() {
        return actief;
    }

    void zetActief(boolean actief) {
        this.actief = actief;
    }

    /** The municipalities it executes for; empty when it acts for itself only. */
    public List<String> uitvoerendVoor() {
        return List.of(uitvoerendVoor);
    }

    void zetUitvoerendVoor(List<String> gemeenten) {
        this.uitvoerendVoor = gemeenten == null ? new String[0] : gemeenten.toArray(String[]::new);
    }
}
