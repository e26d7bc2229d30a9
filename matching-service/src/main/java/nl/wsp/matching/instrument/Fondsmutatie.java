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

/** One change of a regional fund's balance, with who made it and why. Append-only (V30): made by {@link Regiofonds}, never changed. */
@Entity
@Table(name = "regiofonds_mutatie")
public class Fondsmutatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String regio;
    @Column(nullable = false, updatable = false)
    private BigDecimal bedrag;
    @Column(nullable = false, updatable = false)
    private String omschrijving;
    @Column(nullable = false, updatable = false)
    private String door;
    @Column(name = "inzet_id", updatable = false)
    private UUID inzetId;
    @Column(nullable = false, updatable = false)
    private Instant op;

    protected Fondsmutatie() {
    }

    Fondsmutatie(String regio, BigDecimal bedrag, String omschrijving, String door, UUID inzetId, Instant op) {
        this.regio = regio;
        this.bedrag = bedrag;
        this.omschrijving = omschrijving;
        this.door = door;
        this.inzetId = inzetId;
        this.op = op;
    }
}
