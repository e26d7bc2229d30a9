package nl.wsp.reporting.referentie;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Read-only: a labour-market region of the reference file, as {@link Referentiedata} wrote it. */
@Entity
@Immutable
@Table(name = "regio")
public class Regio {

    @Id
    private String naam;

    protected Regio() {
    }

    public String naam() {
        return naam;
    }
}
