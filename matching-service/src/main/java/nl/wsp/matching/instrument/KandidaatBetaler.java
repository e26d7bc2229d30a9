package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/**
 * Read-only: a candidate as far as paying for an instrument goes (who owns and pays, where they live, whether they are
 * available, their target groups). The candidate's own rows are written elsewhere (the intake); this is the query's view of them.
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
    /** The target groups (codes), for a kind's condition (loondispensatie: wajong). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] doelgroepen;

    protected KandidaatBetaler() {
    }
}
