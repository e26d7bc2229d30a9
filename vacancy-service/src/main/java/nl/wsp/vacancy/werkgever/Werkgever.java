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
    private UUID id;
    @Column(name = "kvk_nummer")
    private String kvkNummer;
    private String naam;
    private String vestigingsgemeente;
    /** The employer's labour-market region (optional in the event). */
    private String regio;
    private String sector;
    @Column(name = "aantal_werknemers")
    private Integer aantalWerknemers;
    @Column(name = "accountmanager_id")
    private UUID accountmanagerId;
    @Column(name = "accountmanager_partner")
    private String accountmanagerPartner;

    protected Werkgever() {
    }

    /** An employer known so far by its id only: its registration or its account manager's event fills it in. */
    public Werkgever(UUID id) {
        this.id = id;
    }

    /** What account-service registered or changed; a region the event leaves out keeps the one known. */
    public void werkBij(String kvkNummer, String naam, String vestigingsgemeente, String regio, String sector,
                        Integer aantalWerknemers) {
        this.kvkNummer = kvkNummer;
        this.naam = naam;
        this.vestigingsgemeente = vestigingsgemeente;
        if (regio != null) {
            this.regio = regio;
        }
        this.sector = sector;
        this.aantalWerknemers = aantalWerknemers;
    }

    /** The employer's one account manager now, and the partner that manager works for. */
    public void wijsAccountmanagerToe(UUID accountmanagerId, String accountmanagerPartner) {
        this.accountmanagerId = accountmanagerId;
        this.accountmanagerPartner = accountmanagerPartner;
    }

    public boolean heeftAccountmanager() {
        return accountmanagerId != null && accountmanagerPartner != null;
    }

    public UUID id() {
        return id;
    }

    public String kvkNummer() {
        return kvkNummer;
    }

    public String naam() {
        return naam;
    }

    public String vestigingsgemeente() {
        return vestigingsgemeente;
    }

    public String regio() {
        return regio;
    }

    public String sector() {
        return sector;
    }

    public Integer aantalWerknemers() {
        return aantalWerknemers;
    }

    public UUID accountmanagerId() {
        return accountmanagerId;
    }

    public String accountmanagerPartner() {
        return accountmanagerPartner;
    }
}
