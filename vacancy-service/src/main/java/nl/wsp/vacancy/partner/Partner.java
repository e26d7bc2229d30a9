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
    public UUID id;
    public String code;
    public String naam;
    public String soort;
    public String regio;
    /** Whether it takes part in its region's WSP now (account-service's partners.gedeactiveerd/geactiveerd). */
    public boolean actief = true;
}
