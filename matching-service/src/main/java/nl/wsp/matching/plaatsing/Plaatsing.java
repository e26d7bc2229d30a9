package nl.wsp.matching.plaatsing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate at work, made from an accepted proposal. Residence, target groups and region are recorded as they were
 * on the day of placement, so the ending reports under the same municipality and target group as the placement.
 */
@Entity
@Table(name = "plaatsing")
public class Plaatsing {

    /** Stored as the API's code ({@code lopend}, {@code beeindigd}), docs/adr/0026 "Status values". */
    @Schema(name = "PlaatsingStatus")
    public enum Status implements MetCode {
        @JsonProperty("lopend") LOPEND, @JsonProperty("beeindigd") BEEINDIGD;

        @Converter
        public static class Code extends Codeconverter<Status> {
            public Code() {
                super(Status.class);
            }
        }
    }

    @Id
    public UUID id;
    @Column(name = "voordracht_id", nullable = false)
    public UUID voordrachtId;
    @Column(name = "vacature_id", nullable = false)
    public UUID vacatureId;
    @Column(name = "kandidaat_id", nullable = false)
    public UUID kandidaatId;
    @Column(nullable = false)
    public String partner;
    @Column(name = "voordragende_partner", nullable = false)
    public String voordragendePartner;
    @Column(name = "vacature_partner")
    public String vacaturePartner;
    public String gemeente;
    public String regio;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] doelgroepen;
    @Column(nullable = false)
    public LocalDate startdatum;
    @Column(nullable = false)
    public String contractvorm;
    @Column(name = "contractduur_maanden")
    public Integer contractduurMaanden;
    @Column(name = "uren_per_week", nullable = false)
    public int urenPerWeek;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public UUID[] instrumentinzetten;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] instrumentsoorten;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    public Status status;
    public LocalDate einddatum;
    @Column(name = "reden_beeindiging")
    public String redenBeeindiging;
    public String toelichting;
    @Column(name = "gerealiseerd_door", nullable = false)
    public String gerealiseerdDoor;
    @Column(name = "gerealiseerd_op", nullable = false)
    public Instant gerealiseerdOp;
    @Column(name = "beeindigd_door")
    public String beeindigdDoor;
    @Column(name = "beeindigd_op")
    public Instant beeindigdOp;
    @Version
    public long versie;

    /** Ends the placement. A placement ends once; the end cannot lie before the start. */
    PlaatsingEvents.PlaatsingBeeindigdV1 beeindig(LocalDate einddatum, Beeindigingsreden reden, String toelichting,
                                                   String door, Instant nu) {
        if (status == Status.BEEINDIGD) {
            throw new IllegalStateException("al beeindigd");
        }
        if (einddatum.isBefore(startdatum)) {
            throw new IllegalArgumentException("einddatum voor startdatum");
        }
        this.status = Status.BEEINDIGD;
        this.einddatum = einddatum;
        this.redenBeeindiging = reden.code();
        this.toelichting = toelichting;
        this.beeindigdDoor = door;
        this.beeindigdOp = nu;
        return PlaatsingEvents.PlaatsingBeeindigdV1.van(this);
    }

    /** Durability (rule 10): ended within six months of the start. */
    public boolean isBinnenZesMaandenBeeindigd() {
        return einddatum != null && einddatum.isBefore(startdatum.plusMonths(6));
    }

    public boolean isBetrokken(String partnerCode) {
        return partnerCode != null && (partnerCode.equals(partner) || partnerCode.equals(voordragendePartner)
                || partnerCode.equals(vacaturePartner));
    }

    public List<String> doelgroepenLijst() {
        return doelgroepen == null ? List.of() : List.of(doelgroepen);
    }
}
