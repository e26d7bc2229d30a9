package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An entry in a partner's instrument catalogue: what it offers, on which conditions, in which period. */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String partner;
    @Convert(converter = Instrumentsoort.Code.class)
    @Column(nullable = false)
    public Instrumentsoort soort;
    @Column(nullable = false)
    public String naam;
    public String voorwaarden;
    @Column(name = "geldig_van", nullable = false)
    public LocalDate geldigVan;
    @Column(name = "geldig_tot")
    public LocalDate geldigTot;
    @Column(name = "max_maanden")
    public Integer maxMaanden;
    @Column(name = "max_bedrag")
    public BigDecimal maxBedrag;

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVan) && (geldigTot == null || !datum.isAfter(geldigTot));
    }

    /** The stricter of the source's limit and the partner's own. */
    public Integer effectieveMaxMaanden() {
        return strengste(soort.maxMaanden(), maxMaanden);
    }

    public BigDecimal effectiefMaxBedrag() {
        if (soort.maxBedrag() == null) {
            return maxBedrag;
        }
        return maxBedrag == null ? soort.maxBedrag() : soort.maxBedrag().min(maxBedrag);
    }

    private static Integer strengste(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }
}
