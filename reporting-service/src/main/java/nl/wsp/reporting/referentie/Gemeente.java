package nl.wsp.reporting.referentie;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/** Read-only: a municipality of a region in its reference order, as {@link Referentiedata} wrote it. */
@Entity
@Immutable
@IdClass(Gemeente.Sleutel.class)
@Table(name = "gemeente")
public class Gemeente {

    /** The key of the table: a municipality within its region. */
    public record Sleutel(String regio, String naam) implements Serializable {
        public Sleutel() {
            this(null, null);
        }
    }

    @Id
    private String regio;

    @Id
    private String naam;

    private int volgorde;

    protected Gemeente() {
    }

    public String regio() {
        return regio;
    }

    public String naam() {
        return naam;
    }

    public int volgorde() {
        return volgorde;
    }
}
