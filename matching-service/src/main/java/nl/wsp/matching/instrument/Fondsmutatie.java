package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One change of a regional fund's balance, with who made it and why: a municipality's deposit ({@link #STORTING}) or
 * the payment of a deployment ({@link #AFSCHRIJVING}, negative). Append-only (V30): made by {@link Regiofonds}, never
 * changed. Its id is the booking order the statement's running balance follows.
 */
@Entity
@Table(name = "regiofonds_mutatie")
public class Fondsmutatie {

    public static final String STORTING = "storting";
    public static final String AFSCHRIJVING = "afschrijving";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String regio;
    /** {@link #STORTING} or {@link #AFSCHRIJVING} (V272_20). */
    @Column(nullable = false, updatable = false)
    private String soort;
    @Column(nullable = false, updatable = false)
    private BigDecimal bedrag;
    @Column(nullable = false, updatable = false)
    private String omschrijving;
    /** The depositing municipality, or the paid candidate's home municipality; null on rows from before V272_20. */
    @Column(updatable = false)
    private String gemeente;
    /** The month a deposit is for ({@code 2027-01}), when it named one. */
    @Column(updatable = false)
    private String periode;
    @Column(nullable = false, updatable = false)
    private String door;
    @Column(name = "inzet_id", updatable = false)
    private UUID inzetId;
    @Column(nullable = false, updatable = false)
    private Instant op;

    protected Fondsmutatie() {
    }

    Fondsmutatie(String regio, String soort, BigDecimal bedrag, String omschrijving, String gemeente, String periode,
                 String door, UUID inzetId, Instant op) {
        this.regio = regio;
        this.soort = soort;
        this.bedrag = bedrag;
        this.omschrijving = omschrijving;
        this.gemeente = gemeente;
        this.periode = periode;
        this.door = door;
        this.inzetId = inzetId;
        this.op = op;
    }

    public Long id() {
        return id;
    }

    public String regio() {
        return regio;
    }

    public String soort() {
        return soort;
    }

    public boolean isStorting() {
        return STORTING.equals(soort);
    }

    public BigDecimal bedrag() {
        return bedrag;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String gemeente() {
        return gemeente;
    }

    public String periode() {
        return periode;
    }

    public String door() {
        return door;
    }

    public UUID inzetId() {
        return inzetId;
    }

    public Instant op() {
        return op;
    }
}
