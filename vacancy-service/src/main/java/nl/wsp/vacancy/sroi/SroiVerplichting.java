package nl.wsp.vacancy.sroi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A social return obligation as this service knows it, from account-service's {@code sroi-verplichtingen.*.v1}: only
 * what a vacancy that names it ({@code sroiVerplichtingId}) is checked against — it exists and is the same employer's
 * (docs/adr/0032).
 */
@Entity
@Table(name = "sroi_verplichting")
public class SroiVerplichting {

    @Id
    private UUID id;

    @Column(name = "werkgever_id", nullable = false)
    private UUID werkgeverId;

    protected SroiVerplichting() {
    }

    SroiVerplichting(UUID id, UUID werkgeverId) {
        this.id = id;
        this.werkgeverId = werkgeverId;
    }

    public UUID id() {
        return id;
    }

    public UUID werkgeverId() {
        return werkgeverId;
    }
}
