package nl.wsp.reporting.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Read model: how many partner organisations each region has, kept up to date event by event (written by
 * {@link Partnertellers}, read only here).
 */
@Entity
@Table(name = "regio_partners")
public class RegioTelling {

    @Id
    private String regio;

    @Column(name = "aantal_partners")
    private int aantalPartners;

    protected RegioTelling() {
    }

    public String regio() {
        return regio;
    }

    public int aantalPartners() {
        return aantalPartners;
    }
}
