package nl.wsp.vacancy.esco;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An ESCO occupation as {@link EscoLoader} loaded it; only its URI is read here. */
@Entity
@Immutable
@Table(name = "esco_beroep")
public class EscoBeroep {

    @Id
    private String uri;

    protected EscoBeroep() {
    }

    public String uri() {
        return uri;
    }
}
