package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * Read-only: a municipality and its labour-market region, from the reference data (kept in step by
 * {@code Referentiedata} at start-up). Here for the queries on which region pays and which regions exist.
 */
@Entity
@Immutable
@Table(name = "gemeente")
class Gemeenteregio {

    @Id
    private String naam;
    @Column(nullable = false)
    private String regio;

    protected Gemeenteregio() {
    }
}
