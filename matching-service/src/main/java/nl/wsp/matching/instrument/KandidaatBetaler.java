package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/**
 * Read-only: a candidate as far as paying for an instrument goes (who owns and pays, where they live, whether they are
 * available). The candidate's own rows are written elsewhere (the intake); this is the query's view of them.
 */
@Entity
@Immutable
@Table(name = "kandidaat")
class KandidaatBetaler {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String partner;
    private String woongemeente;
    @Column(nullable = false)
    private String status;

    protected KandidaatBetaler() {
    }
}
