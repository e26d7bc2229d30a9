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
import nl.wsp.platform.problem.Regelovertreding;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.matching.voordracht.Voordracht;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private UUID id;
    @Column(name = "voordracht_id", nullable = false)
    private UUID voordrachtId;
    @Column(name = "vacature_id", nullable = false)
    private UUID vacatureId;
    @Column(name = "kandidaat_id", nullable = false)
    private UUID kandidaatId;
    @Column(nullable = false)
    private String partner;
    @Column(name = "voordragende_partner", nullable = false)
    private String voordragendePartner;
    @Column(name = "vacature_partner")
    private String vacaturePartner;
    private String gemeente;
    private String regio;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] doelgroepen;
    @Column(nullable = false)
    private LocalDate startdatum;
    @Column(nullable = false)
    private String contractvorm;
    @Column(name = "contractduur_maanden")
    private Integer contractduurMaanden;
    @Column(name = "uren_per_week", nullable = false)
    private int urenPerWeek;
    /** The code of the {@link BanenafspraakSector}; only for a candidate of the Banenafspraak target group. */
    @Column(name = "banenafspraak_sector")
    private String banenafspraakSector;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    private UUID[] instrumentinzetten;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] instrumentsoorten;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    private Status status;
    private LocalDate einddatum;
    @Column(name = "reden_beeindiging")
    private String redenBeeindiging;
    private String toelichting;
    @Column(name = "gerealiseerd_door", nullable = false)
    private String gerealiseerdDoor;
    @Column(name = "gerealiseerd_op", nullable = false)
    private Instant gerealiseerdOp;
    @Column(name = "beeindigd_door")
    private String beeindigdDoor;
    @Column(name = "beeindigd_op")
    private Instant beeindigdOp;
    @Version
    private long versie;

    protected Plaatsing() {
        // for JPA
    }

    /**
     * What was agreed on an accepted proposal: start, contract and hours. Made only through {@link #voor}, so a
     * placement never holds a contract that breaks the rules below; checked before the instruments and the candidate
     * are looked at, in the order the refusals have always come.
     */
    public static final class Afspraak {

        private final LocalDate startdatum;
        private final Contractvorm contractvorm;
        private final Integer contractduurMaanden;
        private final int urenPerWeek;

        private Afspraak(LocalDate startdatum, Contractvorm contractvorm, Integer contractduurMaanden, int urenPerWeek) {
            this.startdatum = startdatum;
            this.contractvorm = contractvorm;
            this.contractduurMaanden = contractduurMaanden;
            this.urenPerWeek = urenPerWeek;
        }

        /**
         * Only an accepted proposal becomes a placement; a fixed-term contract names its months and an open-ended one
         * does not; work starts no earlier than the region's calendar day of the proposal.
         */
        public static Afspraak voor(Voordracht v, LocalDate startdatum, Contractvorm contractvorm, Integer contractduurMaanden,
                                    boolean onbepaaldeTijd, int urenPerWeek) {
            if (!v.isAangenomen()) {
                throw new VoordrachtNietAangenomen(v.status());
            }
            if (onbepaaldeTijd && contractduurMaanden != null) {
                throw new Ongeldig("contractduurMaanden", "laat weg bij onbepaaldeTijd: true");
            }
            if (!onbepaaldeTijd && contractduurMaanden == null) {
                throw new Ongeldig("contractduurMaanden", "verplicht, tenzij onbepaaldeTijd: true");
            }
            LocalDate voorgedragenOp = TimeSource.datum(v.voorgedragenOp());
            if (startdatum.isBefore(voorgedragenOp)) {
                throw new Ongeldig("startdatum", "ligt voor de voordracht (" + voorgedragenOp + ")");
            }
            return new Afspraak(startdatum, contractvorm, contractduurMaanden, urenPerWeek);
        }
    }

    /** The target group whose placements are jobs of the jobs agreement (docs/events.md, target-group codes). */
    public static final String BANENAFSPRAAK = "banenafspraak";

    /**
     * A running placement of the proposal's candidate, with the candidate's partner, residence and target groups and
     * the vacancy's region as they are today, and the approved deployments (ids and kinds) that go with it. A candidate
     * of the Banenafspraak target group takes a job in one of its sectors, which the placement names; any other
     * candidate's placement names none (docs/adr/0045).
     */
    static Plaatsing realiseer(Voordracht v, Afspraak afspraak, String partner, String gemeente, List<String> doelgroepen,
                               String regio, BanenafspraakSector sector, List<UUID> instrumentinzetten,
                               List<String> instrumentsoorten, String door, Instant nu) {
        if (doelgroepen.contains(BANENAFSPRAAK) && sector == null) {
            throw new Ongeldig("banenafspraakSector", "verplicht: de kandidaat hoort tot de doelgroep banenafspraak"
                    + " (markt, overheid of inleen-detachering)");
        }
        if (!doelgroepen.contains(BANENAFSPRAAK) && sector != null) {
            throw new Ongeldig("banenafspraakSector", "alleen voor een kandidaat uit de doelgroep banenafspraak");
        }
        Plaatsing p = new Plaatsing();
        p.id = UUID.randomUUID();
        p.voordrachtId = v.id();
        p.vacatureId = v.vacatureId();
        p.kandidaatId = v.kandidaatId();
        p.partner = partner;
        p.voordragendePartner = v.partner();
        p.vacaturePartner = v.vacaturePartner();
        p.gemeente = gemeente;
        p.regio = regio;
        p.doelgroepen = doelgroepen.toArray(String[]::new);
        p.startdatum = afspraak.startdatum;
        p.contractvorm = afspraak.contractvorm.code();
        p.contractduurMaanden = afspraak.contractduurMaanden;
        p.urenPerWeek = afspraak.urenPerWeek;
        p.banenafspraakSector = sector == null ? null : sector.code();
        p.instrumentinzetten = instrumentinzetten.toArray(UUID[]::new);
        p.instrumentsoorten = instrumentsoorten.toArray(String[]::new);
        p.status = Status.LOPEND;
        p.gerealiseerdDoor = door;
        p.gerealiseerdOp = nu;
        return p;
    }

    /** Ends the placement. A placement ends once; the end cannot lie before the start. */
    PlaatsingEvents.PlaatsingBeeindigdV1 beeindig(LocalDate einddatum, Beeindigingsreden reden, String toelichting,
                                                   String door, Instant nu) {
        if (status == Status.BEEINDIGD) {
            throw new AlBeeindigd(this.einddatum);
        }
        if (einddatum.isBefore(startdatum)) {
            throw new Ongeldig("einddatum", "ligt voor de startdatum (" + startdatum + ")");
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

    public UUID id() {
        return id;
    }

    public UUID voordrachtId() {
        return voordrachtId;
    }

    public UUID vacatureId() {
        return vacatureId;
    }

    public UUID kandidaatId() {
        return kandidaatId;
    }

    /** The candidate's owning partner. */
    public String partner() {
        return partner;
    }

    public String voordragendePartner() {
        return voordragendePartner;
    }

    public String vacaturePartner() {
        return vacaturePartner;
    }

    public String gemeente() {
        return gemeente;
    }

    public String regio() {
        return regio;
    }

    public List<String> doelgroepen() {
        return doelgroepen == null ? List.of() : List.of(doelgroepen);
    }

    public LocalDate startdatum() {
        return startdatum;
    }

    /** The code of the {@link Contractvorm}. */
    public String contractvorm() {
        return contractvorm;
    }

    /** Null for an open-ended contract. */
    public Integer contractduurMaanden() {
        return contractduurMaanden;
    }

    public int urenPerWeek() {
        return urenPerWeek;
    }

    /** The code of the {@link BanenafspraakSector}; null for a placement outside the Banenafspraak. */
    public String banenafspraakSector() {
        return banenafspraakSector;
    }

    public List<UUID> instrumentinzetten() {
        return List.of(instrumentinzetten);
    }

    public List<String> instrumentsoorten() {
        return List.of(instrumentsoorten);
    }

    public Status status() {
        return status;
    }

    public LocalDate einddatum() {
        return einddatum;
    }

    /** The code of the {@link Beeindigingsreden}, once ended. */
    public String redenBeeindiging() {
        return redenBeeindiging;
    }

    public String toelichting() {
        return toelichting;
    }

    public String gerealiseerdDoor() {
        return gerealiseerdDoor;
    }

    public Instant gerealiseerdOp() {
        return gerealiseerdOp;
    }

    /** Only an accepted proposal becomes a placement: 409 {@code voordracht-niet-aangenomen}. */
    public static final class VoordrachtNietAangenomen extends Regelovertreding {
        VoordrachtNietAangenomen(Voordracht.Status status) {
            super("voordracht-niet-aangenomen", "Alleen een aangenomen voordracht wordt een plaatsing; deze is " + status.code(),
                    Map.of("status", status.code()));
        }
    }

    /** A placement ends once: 409 {@code plaatsing-beeindigd}. */
    public static final class AlBeeindigd extends Regelovertreding {
        AlBeeindigd(LocalDate einddatum) {
            super("plaatsing-beeindigd", "Deze plaatsing is al beëindigd op " + einddatum, Map.of("einddatum", einddatum.toString()));
        }
    }

    /** A date or the contract of the request breaks a placement's rule: 400 naming the field. */
    public static final class Ongeldig extends Regelovertreding {
        Ongeldig(String veld, String reden) {
            super(veld, reden);
        }
    }
}
