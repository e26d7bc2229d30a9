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
    public UUID id;
    public String code;
    public String naam;
    public String soort;
    public String regio;
    /** False after account-service's {@code partners.gedeactiveerd.v1}, true again after {@code …geactiveerd.v1}. */
    public boolean actief = true;
}
