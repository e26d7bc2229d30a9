package nl.wsp.vacancy.evenement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An employer event as this service knows it, from account-service's {@code evenementen.geregistreerd.v1}: only what a
 * vacancy that names it as its origin is checked against (it exists and is of the vacancy's region; docs/adr/0031).
 */
@Entity
@Table(name = "evenement")
public class Evenement {

    @Id
    private UUID id;
    private String regio;
    private LocalDate datum;

    protected Evenement() {
    }

    Evenement(UUID id, String regio, LocalDate datum) {
        this.id = id;
        this.regio = regio;
        this.datum = datum;
    }

    public UUID id() {
        return id;
    }

    public String regio() {
        return regio;
    }

    public LocalDate datum() {
        return datum;
    }
}
