package nl.wsp.reporting.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Read model: how many partner organisations each region has, kept up to date event by event. */
@Entity
@Table(name = "regio_partners")
public class RegioTelling {

    @Id
    public String regio;

    @Column(name = "aantal_partners")
    public int aantalPartners;
}
