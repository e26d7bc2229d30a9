package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a region's menu (seed 004: "Een gezamenlijke menukaart die de inzet van middelen voor iedere gemeente
 * gelijk maakt"): whether the region offers this kind, and within which regional limits — never looser than the kind's
 * own. Set by a beheerder of the region ({@link #stelVast}); {@link Menukaart#buiten} tells whether a request falls outside.
 */
@Entity
@Table(name = "menukaart_regel")
@IdClass(Menukaartregel.Sleutel.class)
public class Menukaartregel {

    @Id
    private String regio;
    /** The kind's code; an id cannot carry a converter, so {@link #soort()} reads it back. */
    @Id
    private String soort;
    @Column(nullable = false)
    private boolean aangeboden;
    @Column(name = "max_maanden")
    private Integer maxMaanden;
    @Column(name = "max_bedrag")
    private BigDecimal maxBedrag;
    @Column(name = "vastgesteld_door", nullable = false)
    private String vastgesteldDoor;
    @Column(name = "vastgesteld_op", nullable = false)
    private Instant vastgesteldOp;

    protected Menukaartregel() {
    }

    Menukaartregel(String regio, Instrumentsoort soort) {
        this.regio = regio;
        this.soort = soort.code();
    }

    /** Sets the line; its limits lie within the kind's (400 naming {@code maxMaanden} or {@code maxBedrag}). */
    void stelVast(boolean aangeboden, Integer maxMaanden, BigDecimal maxBedrag, String wie, Instant nu) {
        Instrumentsoort s = soort();
        if (maxMaanden != null && s.maxMaanden() != null && maxMaanden > s.maxMaanden()) {
            throw new Instrument.Ongeldig("maxMaanden", "ten hoogste " + s.maxMaanden() + " maanden voor " + s.code());
        }
        if (maxMaanden != null && s.minMaanden() != null && maxMaanden < s.minMaanden()) {
            throw new Instrument.Ongeldig("maxMaanden", "ten minste " + s.minMaanden() + " maanden voor " + s.code());
        }
        if (maxBedrag != null && s.maxBedrag() != null && maxBedrag.compareTo(s.maxBedrag()) > 0) {
            throw new Instrument.Ongeldig("maxBedrag", "ten hoogste € " + s.maxBedrag().toPlainString() + " voor " + s.code());
        }
        this.aangeboden = aangeboden;
        this.maxMaanden = maxMaanden;
        this.maxBedrag = maxBedrag;
        this.vastgesteldDoor = wie;
        this.vastgesteldOp = nu;
    }

    public String regio() {
        return regio;
    }

    public Instrumentsoort soort() {
        return new Instrumentsoort.Code().convertToEntityAttribute(soort);
    }

    public boolean aangeboden() {
        return aangeboden;
    }

    public Integer maxMaanden() {
        return maxMaanden;
    }

    public BigDecimal maxBedrag() {
        return maxBedrag;
    }

    public String vastgesteldDoor() {
        return vastgesteldDoor;
    }

    public Instant vastgesteldOp() {
        return vastgesteldOp;
    }

    /** The composite key: region and kind. */
    public static class Sleutel implements Serializable {
        private String regio;
        private String soort;

        public Sleutel() {
        }

        Sleutel(String regio, Instrumentsoort soort) {
            this.regio = regio;
            this.soort = soort.code();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && Objects.equals(regio, s.regio) && Objects.equals(soort, s.soort);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regio, soort);
        }
    }
}
