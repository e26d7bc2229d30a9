package nl.wsp.matching.kandidaat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/** A candidate's key in the events that leave the service; made and forgotten only by {@link EventPseudoniemen}. */
@Entity
@Immutable
@Table(name = "kandidaat_pseudoniem")
public class Eventpseudoniem {

    @Id
    @Column(name = "kandidaat_id")
    private UUID kandidaatId;
    private UUID pseudoniem;

    protected Eventpseudoniem() {
    }

    public UUID kandidaatId() {
        return kandidaatId;
    }

    public UUID pseudoniem() {
        return pseudoniem;
    }
}
