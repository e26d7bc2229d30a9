package nl.wsp.matching.voordracht;

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

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A proposal of a candidate for a vacancy, and the employer's outcome: invited, hired or rejected with a reason.
 * An accepted proposal is what lets the proposing partner see the candidate's name and contact details.
 */
@Entity
@Table(name = "voordracht")
public class Voordracht {

    /** Stored as the API's code ({@code voorgedragen} …), docs/adr/0026 "Status values". */
    @Schema(name = "VoordrachtStatus")
    public enum Status implements MetCode {
        @JsonProperty("voorgedragen") VOORGEDRAGEN, @JsonProperty("uitgenodigd") UITGENODIGD, @JsonProperty("aangenomen") AANGENOMEN, @JsonProperty("afgewezen") AFGEWEZEN;

        @Converter
        public static class Code extends Codeconverter<Status> {
            public Code() {
                super(Status.class);
            }
        }
    }

    /** The outcomes an employer gives, and from which state each may be recorded. */
    static final Map<Status, Set<Status>> TOEGESTAAN = Map.of(
            Status.UITGENODIGD, Set.of(Status.VOORGEDRAGEN),
            Status.AANGENOMEN, Set.of(Status.VOORGEDRAGEN, Status.UITGENODIGD),
            Status.AFGEWEZEN, Set.of(Status.VOORGEDRAGEN, Status.UITGENODIGD));

    @Id
    private UUID id;
    @Column(name = "vacature_id", nullable = false)
    private UUID vacatureId;
    @Column(name = "kandidaat_id", nullable = false)
    private UUID kandidaatId;
    @Column(nullable = false)
    private String partner;
    @Column(name = "kandidaat_partner", nullable = false)
    private String kandidaatPartner;
    @Column(name = "vacature_partner")
    private String vacaturePartner;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    private Status status;
    private String reden;
    private String toelichting;
    @Column(name = "voorgedragen_door", nullable = false)
    private String voorgedragenDoor;
    @Column(name = "voorgedragen_op", nullable = false)
    private Instant voorgedragenOp;
    @Column(name = "uitkomst_door")
    private String uitkomstDoor;
    @Column(name = "uitkomst_op")
    private Instant uitkomstOp;
    /** The recorded decision (issue 14, item 6): place, suitability and rules version, with the whole of it as JSON. */
    private Integer rang;
    private Double geschiktheid;
    private String regelsversie;
    private String besluit;
    @Version
    private long versie;

    protected Voordracht() {
        // for JPA
    }

    static Voordracht doe(UUID vacatureId, String vacaturePartner, UUID kandidaatId, String kandidaatPartner,
                          String partner, String door, Instant nu) {
        Voordracht v = new Voordracht();
        v.id = UUID.randomUUID();
        v.vacatureId = vacatureId;
        v.vacaturePartner = vacaturePartner;
        v.kandidaatId = kandidaatId;
        v.kandidaatPartner = kandidaatPartner;
        v.partner = partner;
        v.status = Status.VOORGEDRAGEN;
        v.voorgedragenDoor = door;
        v.voorgedragenOp = nu;
        return v;
    }

    /** Records, once, why the candidate stood where they stood when proposed. */
    void legBesluitVast(Integer rang, Double geschiktheid, String regelsversie, String besluitJson) {
        if (this.besluit != null) {
            throw new IllegalStateException("the decision of proposal " + id + " is recorded already");
        }
        this.rang = rang;
        this.geschiktheid = geschiktheid;
        this.regelsversie = regelsversie;
        this.besluit = besluitJson;
    }

    /**
     * Records the employer's outcome; refuses what does not follow (a hire after a rejection, twice the same). A
     * rejection names its reason, and only a rejection does: checked first, as it is a fault of the request alone.
     */
    VoordrachtEvents.VoordrachtV1 registreerUitkomst(Status uitkomst, String reden, String toelichting, String door, Instant nu) {
        if (uitkomst == Status.AFGEWEZEN && reden == null) {
            throw new RedenOngeldig("verplicht bij een afwijzing");
        }
        if (uitkomst != Status.AFGEWEZEN && reden != null) {
            throw new RedenOngeldig("alleen bij een afwijzing");
        }
        if (!magOvergaanNaar(uitkomst)) {
            throw new OngeldigeOvergang(status, uitkomst);
        }
        this.status = uitkomst;
        this.reden = reden;
        this.toelichting = toelichting;
        this.uitkomstDoor = door;
        this.uitkomstOp = nu;
        return VoordrachtEvents.VoordrachtV1.van(this);
    }

    boolean magOvergaanNaar(Status uitkomst) {
        return TOEGESTAAN.getOrDefault(uitkomst, Set.of()).contains(status);
    }

    public boolean isAangenomen() {
        return status == Status.AANGENOMEN;
    }

    /** Who may follow this proposal: the proposing partner, the candidate's partner, the vacancy's account manager's. */
    public boolean isBetrokken(String partnerCode) {
        return partnerCode != null && (partnerCode.equals(partner) || partnerCode.equals(kandidaatPartner)
                || partnerCode.equals(vacaturePartner));
    }

    public UUID id() {
        return id;
    }

    public UUID vacatureId() {
        return vacatureId;
    }

    public UUID kandidaatId() {
        return kandidaatId;
    }

    /** The proposing adviser's partner. */
    public String partner() {
        return partner;
    }

    public String kandidaatPartner() {
        return kandidaatPartner;
    }

    /** The vacancy's account manager's partner. */
    public String vacaturePartner() {
        return vacaturePartner;
    }

    public Status status() {
        return status;
    }

    /** The code of the reason of a rejection ({@link Afwijzingsreden}), else null. */
    public String reden() {
        return reden;
    }

    public String toelichting() {
        return toelichting;
    }

    public String voorgedragenDoor() {
        return voorgedragenDoor;
    }

    public Instant voorgedragenOp() {
        return voorgedragenOp;
    }

    public String uitkomstDoor() {
        return uitkomstDoor;
    }

    public Instant uitkomstOp() {
        return uitkomstOp;
    }

    public Integer rang() {
        return rang;
    }

    public Double geschiktheid() {
        return geschiktheid;
    }

    public String regelsversie() {
        return regelsversie;
    }

    /** The recorded decision as JSON ({@link Besluiten}); null for a proposal made before decisions were recorded. */
    public String besluit() {
        return besluit;
    }

    /** The outcome does not follow the proposal's state: 409 {@code ongeldige-overgang}. */
    public static final class OngeldigeOvergang extends Regelovertreding {
        OngeldigeOvergang(Status van, Status naar) {
            super("ongeldige-overgang", "Een voordracht die " + van.code() + " is, kan niet " + naar.code() + " worden",
                    Map.of("status", van.code()));
        }
    }

    /** A rejection without a reason, or a reason without a rejection: 400 naming {@code reden}. */
    public static final class RedenOngeldig extends Regelovertreding {
        RedenOngeldig(String waarom) {
            super("reden", waarom);
        }
    }
}
