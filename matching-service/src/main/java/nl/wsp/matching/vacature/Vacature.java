package nl.wsp.matching.vacature;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * Read model: this service's copy of a vacancy, from vacancy-service's events. Written only by {@link Vacatureopslag},
 * read by {@link Vacatures}; it has no behaviour of its own, as its rules live in vacancy-service.
 */
@Entity
@Table(name = "vacature")
public class Vacature {

    @Id
    private UUID id;
    @Column(name = "werkgever_id")
    private UUID werkgeverId;
    @Column(name = "accountmanager_partner")
    private String accountmanagerPartner;
    private String titel;
    @Column(name = "esco_beroep")
    private String escoBeroep;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "vereiste_vaardigheden", columnDefinition = "text[]")
    private String[] vereisteVaardigheden;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "gewenste_vaardigheden", columnDefinition = "text[]")
    private String[] gewensteVaardigheden;
    @Column(name = "uren_per_week")
    private Integer urenPerWeek;
    @Column(name = "werklocatie_gemeente")
    private String werklocatieGemeente;
    private String regio;
    private String opleidingsniveau;
    @Column(name = "rijbewijs_vereist")
    private boolean rijbewijsVereist;
    @Column(name = "eigen_bestand_tot")
    private Instant eigenBestandTot;
    @Column(name = "breed_uitgezet")
    private boolean breedUitgezet;
    private String status;
    @Column(name = "bijgewerkt_op")
    private Instant bijgewerktOp;

    protected Vacature() {
    }

    public UUID id() {
        return id;
    }

    public String status() {
        return status;
    }
}
