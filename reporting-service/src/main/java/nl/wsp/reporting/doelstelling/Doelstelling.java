package nl.wsp.reporting.doelstelling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A target: how many placements (or Banenafspraak jobs) a region wants in a year, for a partner or a group of its
 * municipalities, for one kind and target group. Checked and normalised by {@link DoelstellingRegels} before it is set or
 * changed; {@code gemeenten} is a sorted {@code text[]}, empty for a partner's target.
 */
@Entity
@Table(name = "doelstelling")
public class Doelstelling {

    public static final String PLAATSINGEN = "plaatsingen";
    public static final String BANENAFSPRAAK_MARKT = "banenafspraak-markt";
    public static final String BANENAFSPRAAK_OVERHEID = "banenafspraak-overheid";
    public static final List<String> SOORTEN = List.of(PLAATSINGEN, BANENAFSPRAAK_MARKT, BANENAFSPRAAK_OVERHEID);

    @Id
    private UUID id;
    private String regio;
    private int jaar;
    private String soort;
    private String doelgroep;
    private String partner;
    private String[] gemeenten;
    private int aantal;
    private String toelichting;
    @Column(name = "gewijzigd_op")
    private Instant gewijzigdOp;

    protected Doelstelling() {
    }

    Doelstelling(UUID id, String regio, int jaar, String soort, String doelgroep, String partner, List<String> gemeenten,
                 int aantal, String toelichting, Instant gewijzigdOp) {
        this.id = id;
        this.regio = regio;
        this.jaar = jaar;
        this.soort = soort;
        this.doelgroep = doelgroep;
        this.partner = partner;
        this.gemeenten = gemeenten.toArray(String[]::new);
        this.aantal = aantal;
        this.toelichting = toelichting;
        this.gewijzigdOp = gewijzigdOp;
    }

    public UUID id() {
        return id;
    }

    public String regio() {
        return regio;
    }

    public int jaar() {
        return jaar;
    }

    public String soort() {
        return soort;
    }

    public String doelgroep() {
        return doelgroep;
    }

    public String partner() {
        return partner;
    }

    public List<String> gemeenten() {
        return List.of(gemeenten);
    }

    public int aantal() {
        return aantal;
    }

    public String toelichting() {
        return toelichting;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    public boolean isBanenafspraak() {
        return !PLAATSINGEN.equals(soort);
    }

    /** Takes over a change, checked and normalised by {@link DoelstellingRegels}; the id stays. */
    void wijzig(Doelstelling nieuw) {
        regio = nieuw.regio;
        jaar = nieuw.jaar;
        soort = nieuw.soort;
        doelgroep = nieuw.doelgroep;
        partner = nieuw.partner;
        gemeenten = nieuw.gemeenten.clone();
        aantal = nieuw.aantal;
        toelichting = nieuw.toelichting;
        gewijzigdOp = nieuw.gewijzigdOp;
    }

    /** What this target is now, unsaved: what a change's events say it was, after the change. */
    Doelstelling kopie() {
        return new Doelstelling(id, regio, jaar, soort, doelgroep, partner, gemeenten(), aantal, toelichting, gewijzigdOp);
    }
}
