package nl.wsp.vacancy.vacature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/**
 * One row of the change feed behind {@code /api/v1/vacature-wijzigingen}: the CloudEvent as it went to Kafka, at its
 * position. Written by {@link VacatureEvents} (one {@code INSERT … SELECT} per batch), read here; never changed.
 */
@Entity
@Immutable
@Table(name = "vacature_wijziging")
public class Wijzigingsregel {

    @Id
    private Long positie;
    @Column(name = "vacature_id")
    private UUID vacatureId;
    private String cloudevent;

    protected Wijzigingsregel() {
    }

    public long positie() {
        return positie;
    }

    public UUID vacatureId() {
        return vacatureId;
    }

    public String cloudevent() {
        return cloudevent;
    }
}
