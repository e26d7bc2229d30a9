package nl.wsp.vacancy.esco;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An ESCO occupation as {@link EscoLoader} loaded it; its URI and preferred labels are read here. */
@Entity
@Immutable
@Table(name = "esco_beroep")
public class EscoBeroep {

    @Id
    private String uri;
    @Column(name = "label_nl")
    private String labelNl;
    @Column(name = "label_en")
    private String labelEn;

    protected EscoBeroep() {
    }

    public String uri() {
        return uri;
    }

    public EscoLabels labels() {
        return new EscoLabels(uri, labelNl, labelEn);
    }
}
