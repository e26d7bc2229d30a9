package nl.wsp.matching.doelstelling;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Read model: how far a partner lags behind its placement target in a year, as reporting last told (rule 7, v1's
 * solidarity tie-break). Written only by {@link Doelstellingstanden}; read here.
 */
@Entity
@Immutable
@Table(name = "doelstelling_status")
@IdClass(Partnerachterstand.Sleutel.class)
public class Partnerachterstand {

    @Id
    private String partner;
    @Id
    private int jaar;
    private String regio;
    private BigDecimal achterstand;

    protected Partnerachterstand() {
    }

    public String partner() {
        return partner;
    }

    public int jaar() {
        return jaar;
    }

    public String regio() {
        return regio;
    }

    public BigDecimal achterstand() {
        return achterstand;
    }

    /** The primary key (partner, jaar). */
    public static class Sleutel implements Serializable {

        private String partner;
        private int jaar;

        protected Sleutel() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && jaar == s.jaar && Objects.equals(partner, s.partner);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partner, jaar);
        }
    }
}
