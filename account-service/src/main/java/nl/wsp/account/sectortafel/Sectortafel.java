package nl.wsp.account.sectortafel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A sector desk of a region (Midden-Brabant: Logistiek, Leisure/zakelijke dienstverlening, Techniek, Zorg en Welzijn):
 * a contact adviser who answers employers of its sectors that have no account manager yet.
 */
@Entity
@Table(name = "sectortafel")
public class Sectortafel {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String regio;

    @Column(nullable = false)
    private String naam;

    @Column(name = "contact_adviseur_id", nullable = false)
    private UUID contactAdviseurId;

    /** The number employers call (source 004 lists one per sector: "Telefoonnummer"); optional. */
    @Column(name = "contact_telefoon")
    private String contactTelefoon;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sectortafel_sector", joinColumns = @JoinColumn(name = "sectortafel_id"))
    @Column(name = "sector", nullable = false)
    private Set<String> sectoren = new TreeSet<>();

    protected Sectortafel() {
    }

    static Sectortafel richtIn(String regio, String naam, Set<String> sectoren, UUID contactAdviseurId, String contactTelefoon) {
        Sectortafel s = new Sectortafel();
        s.id = UUID.randomUUID();
        s.regio = regio;
        s.naam = naam;
        s.sectoren = new TreeSet<>(sectoren);
        s.contactAdviseurId = contactAdviseurId;
        s.contactTelefoon = contactTelefoon;
        return s;
    }

    void wijzig(String naam, Set<String> sectoren, UUID contactAdviseurId, String contactTelefoon) {
        this.naam = naam;
        this.sectoren.clear();
        this.sectoren.addAll(sectoren);
        this.contactAdviseurId = contactAdviseurId;
        this.contactTelefoon = contactTelefoon;
    }

    public UUID id() {
        return id;
    }

    public String regio() {
        return regio;
    }

    public String naam() {
        return naam;
    }

    public UUID contactAdviseurId() {
        return contactAdviseurId;
    }

    public String contactTelefoon() {
        return contactTelefoon;
    }

    public Set<String> sectoren() {
        return Set.copyOf(sectoren);
    }
}
