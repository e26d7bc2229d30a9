package nl.wsp.matching.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * An adviser as this service knows it, from account-service's adviser events: its id (the {@code sub} of its tokens)
 * and its partner. Nothing else: matching only needs to know that a token's {@code sub} is an adviser of its partner.
 */
@Entity
@Table(name = "adviseur")
public class Adviseur {

    @Id
    private UUID id;
    private String partner;

    protected Adviseur() {
    }

    Adviseur(UUID id, String partner) {
        this.id = id;
        this.partner = partner;
    }

    public UUID id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    void werktVoor(String partner) {
        this.partner = partner;
    }
}
