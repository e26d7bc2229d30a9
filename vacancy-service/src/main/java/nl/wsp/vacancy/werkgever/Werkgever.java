package nl.wsp.vacancy.werkgever;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * An employer as this service knows it, from account-service's werkgever events: enough to open a vacancy
 * (sector, municipality) and to know its one account manager and that manager's partner.
 */
@Entity
@Table(name = "werkgever")
public class Werkgever {

    @Id
    public UUID id;
    @Column(name = "kvk_nummer")
    public String kvkNummer;
    public String naam;
    public String vestigingsgemeente;
    /** The employer's labour-market region (optional in the event). */
    public String regio;
    public String sector;
    @Column(name = "aantal_werknemers")
    public Integer aantalWerknemers;
    @Column(name = "accountmanager_id")
    public UUID accountmanagerId;
    @Column(name = "accountmanager_partner")
    public String accountmanagerPartner;

    public boolean heeftAccountmanager() {
        return accountmanagerId != null && accountmanagerPartner != null;
    }
}
