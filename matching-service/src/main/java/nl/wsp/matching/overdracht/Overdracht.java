package nl.wsp.matching.overdracht;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The handover of a candidate from its owning partner to another partner of the region (seed 001: "overdracht van
 * inwoners die na maximale Werkloosheidswet aanspraak maken op de bijstand"). Both partners consent: the owner offers
 * ({@link #bied}), the receiving partner accepts or refuses ({@link #aanvaard}, {@link #weiger}); until then the
 * candidate stays the owner's. docs/adr/0046-candidate-handover-with-both-partners-consent.md.
 */
@Entity
@Table(name = "kandidaat_overdracht")
public class Overdracht {

    /** Stored as the API's code, docs/adr/0026 "Status values". */
    @Schema(name = "OverdrachtStatus")
    public enum Status implements MetCode {
        @JsonProperty("aangeboden") AANGEBODEN, @JsonProperty("aanvaard") AANVAARD, @JsonProperty("geweigerd") GEWEIGERD;

        @Converter
        public static class Code extends Codeconverter<Status> {
            public Code() {
                super(Status.class);
            }
        }
    }

    /** Why the candidate changes owner. */
    @Schema(name = "Overdrachtreden")
    public enum Reden implements MetCode {
        /** UWV to the municipality: the unemployment benefit ends and social assistance may follow (seed 001). */
        @JsonProperty("einde-ww") EINDE_WW,
        /** The candidate moved to a municipality of another partner. */
        @JsonProperty("verhuizing") VERHUIZING,
        /** Another partner is better placed to guide the candidate (e.g. a sheltered-work company for an indication). */
        @JsonProperty("andere-dienstverlening") ANDERE_DIENSTVERLENING;

        @Converter
        public static class Code extends Codeconverter<Reden> {
            public Code() {
                super(Reden.class);
            }
        }
    }

    @Id
    private UUID id;
    @Column(name = "kandidaat_id", nullable = false)
    private UUID kandidaatId;
    @Column(name = "van_partner", nullable = false)
    private String vanPartner;
    @Column(name = "naar_partner", nullable = false)
    private String naarPartner;
    @Convert(converter = Reden.Code.class)
    @Column(nullable = false)
    private Reden reden;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    private Status status;
    @Column(name = "aangeboden_door", nullable = false)
    private String aangebodenDoor;
    @Column(name = "aangeboden_op", nullable = false)
    private Instant aangebodenOp;
    @Column(name = "besloten_door")
    private String beslotenDoor;
    @Column(name = "besloten_op")
    private Instant beslotenOp;
    @Column(name = "reden_weigering")
    private String redenWeigering;
    @Version
    private long version;

    protected Overdracht() {
    }

    private Overdracht(UUID kandidaatId, String vanPartner, String naarPartner, Reden reden, String wie, Instant nu) {
        this.id = UUID.randomUUID();
        this.kandidaatId = kandidaatId;
        this.vanPartner = vanPartner;
        this.naarPartner = naarPartner;
        this.reden = reden;
        this.status = Status.AANGEBODEN;
        this.aangebodenDoor = wie;
        this.aangebodenOp = nu;
    }

    /** The owner's offer; a candidate cannot be handed to its own partner (400 naming {@code naarPartner}). */
    static Overdracht bied(UUID kandidaatId, String vanPartner, String naarPartner, Reden reden, String wie, Instant nu) {
        if (vanPartner.equals(naarPartner)) {
            throw new Ongeldig("naarPartner", "de kandidaat is al van deze partner");
        }
        return new Overdracht(kandidaatId, vanPartner, naarPartner, reden, wie, nu);
    }

    /** The receiving partner consents: from now on the candidate is its. Only an open offer can be decided (409). */
    void aanvaard(String wie, Instant nu) {
        besluit(Status.AANVAARD, wie, nu);
    }

    /** The receiving partner declines, with its reason: the candidate stays the owner's. */
    void weiger(String reden, String wie, Instant nu) {
        besluit(Status.GEWEIGERD, wie, nu);
        this.redenWeigering = reden;
    }

    private void besluit(Status nieuw, String wie, Instant nu) {
        if (status != Status.AANGEBODEN) {
            throw new AlBesloten(status);
        }
        this.status = nieuw;
        this.beslotenDoor = wie;
        this.beslotenOp = nu;
    }

    /** Whether {@code partner} is one of the two partners of this handover: only they see it. */
    boolean betreft(String partner) {
        return vanPartner.equals(partner) || naarPartner.equals(partner);
    }

    public UUID id() {
        return id;
    }

    public UUID kandidaatId() {
        return kandidaatId;
    }

    public String vanPartner() {
        return vanPartner;
    }

    public String naarPartner() {
        return naarPartner;
    }

    public Reden reden() {
        return reden;
    }

    public Status status() {
        return status;
    }

    public String aangebodenDoor() {
        return aangebodenDoor;
    }

    public Instant aangebodenOp() {
        return aangebodenOp;
    }

    public String beslotenDoor() {
        return beslotenDoor;
    }

    public Instant beslotenOp() {
        return beslotenOp;
    }

    public String redenWeigering() {
        return redenWeigering;
    }

    /** A value of the request breaks a rule of the handover (400 naming the field). */
    public static final class Ongeldig extends Regelovertreding {
        Ongeldig(String veld, String reden) {
            super(veld, reden);
        }
    }

    /** The handover was decided already: accepted or refused once, never again (409). */
    public static final class AlBesloten extends Regelovertreding {
        AlBesloten(Status status) {
            super("overdracht-al-besloten", "Over deze overdracht is al besloten: " + status.code(), Map.of("status", status.code()));
        }
    }

    /** The candidate cannot be handed over now (409): not available, or an offer is open already. */
    public static final class NietMogelijk extends Regelovertreding {
        NietMogelijk(String code, String detail) {
            super(code, detail, Map.of());
        }
    }
}
