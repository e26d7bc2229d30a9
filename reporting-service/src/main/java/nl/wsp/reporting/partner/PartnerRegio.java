package nl.wsp.reporting.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** Read model: a partner organisation as reporting knows it, from account-service's events. */
@Entity
@Table(name = "partner")
public class PartnerRegio {

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;

    public String code;
    public String naam;
    public String soort;
    public String regio;
    /** False after account-service's {@code partners.gedeactiveerd.v1}, true again after {@code …geactiveerd.v1}. */
    public boolean actief = true;
}
