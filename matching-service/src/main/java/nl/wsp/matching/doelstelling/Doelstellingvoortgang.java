package nl.wsp.matching.doelstelling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.wsp.matching.matchen.regels.Prioriteitsregels;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * Read model: a placement target's latest progress, as reporting last told (prioriteit-v2, ADR 0027). Written only by
 * {@link Doelstellingstanden}; read here.
 */
@Entity
@Immutable
@Table(name = "doelstelling_voortgang")
public class Doelstellingvoortgang {

    @Id
    @Column(name = "doelstelling_id")
    private UUID doelstellingId;
    private String regio;
    @Column(name = "van_jaar")
    private int vanJaar;
    @Column(name = "tot_jaar")
    private int totJaar;
    private String doelgroep;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] partners;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] gemeenten;
    private int doel;
    private int gerealiseerd;

    protected Doelstellingvoortgang() {
    }

    public UUID doelstellingId() {
        return doelstellingId;
    }

    /** The target as v2's solidarity rule reads it. */
    public Prioriteitsregels.Doelstand doelstand() {
        return new Prioriteitsregels.Doelstand(set(partners), set(gemeenten), doelgroep, vanJaar, totJaar, doel, gerealiseerd);
    }

    private static Set<String> set(String[] waarden) {
        return waarden == null ? Set.of() : Set.copyOf(Arrays.asList(waarden));
    }
}
