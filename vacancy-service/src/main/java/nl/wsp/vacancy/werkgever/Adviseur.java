package nl.wsp.vacancy.werkgever;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An adviser (possible account manager) as this service knows it, from nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1. */
@Entity
@Table(name = "adviseur")
public class Adviseur {

    @Id
    public UUID id;
    public String partner;
    public String naam;
    public String regio;
}
