package nl.wsp.vacancy.esco;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An ESCO skill or knowledge concept as {@link EscoLoader} loaded it; only its URI is read here. */
@Entity
@Immutable
@Table(name = "esco_vaardigheid")
public class EscoVaardigheid {

    @Id
    private String uri;

    protected EscoVaardigheid() {
    }

    public String uri() {
        return uri;
    }
}
