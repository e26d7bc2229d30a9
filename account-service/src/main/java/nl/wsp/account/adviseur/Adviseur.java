package nl.wsp.account.adviseur;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An adviser (account manager) employed by one partner organisation and working for the whole region.
 * {@code gebruikersnaam} is the subject of the adviser's token, so the service knows who calls.
 */
@Entity
@Table(name = "adviseur")
public class Adviseur {

    @Id
    private UUID id;

    @Column(name = "partner_code", nullable = false)
    private String partnerCode;

    @Column(nullable = false, unique = true)
    private String gebruikersnaam;

    @Column(nullable = false)
    private String naam;

    @Column(nullable = false)
    private String regio;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    protected Adviseur() {
    }

    /** Registers an adviser of a partner and returns it with the event that says so. */
    static Registratie registreer(String partnerCode, String regio, String gebruikersnaam, String naam, Instant nu) {
        Adviseur a = new Adviseur();
        a.id = UUID.randomUUID();
        a.partnerCode = partnerCode;
        a.regio = regio;
        a.gebruikersnaam = gebruikersnaam;
        a.naam = naam;
        a.geregistreerdOp = nu;
        return new Registratie(a, new AdviseurGeregistreerd(a.id, partnerCode, naam, regio));
    }

    record Registratie(Adviseur adviseur, AdviseurGeregistreerd event) {
    }

    public UUID id() {
        return id;
    }

    public String partnerCode() {
        return partnerCode;
    }

    public String gebruikersnaam() {
        return gebruikersnaam;
    }

    public String naam() {
        return naam;
    }

    public String regio() {
        return regio;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }
}
