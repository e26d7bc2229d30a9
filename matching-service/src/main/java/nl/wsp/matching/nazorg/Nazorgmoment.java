package nl.wsp.matching.nazorg;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A planned after-care check-in with employer and employee (rule 10), {@code maanden} months after the start of a
 * placement. Open until its outcome is recorded; lapses when the placement ended before it was due.
 */
@Entity
@Table(name = "nazorgmoment")
public class Nazorgmoment {

    /** Check-ins after 1, 3 and 6 months. */
    public static final List<Integer> SCHEMA = List.of(1, 3, 6);
    /** A check-in may be recorded from this many days before it is due. */
    public static final int DAGEN_VOORAF = 7;

    /** Stored as the API's code ({@code open}, {@code geregistreerd}, {@code vervallen}), docs/adr/0026 "Status values". */
    @Schema(name = "NazorgmomentStatus")
    public enum Status implements MetCode {
        @JsonProperty("open") OPEN, @JsonProperty("geregistreerd") GEREGISTREERD, @JsonProperty("vervallen") VERVALLEN;

        @Converter
        public static class Code extends Codeconverter<Status> {
            public Code() {
                super(Status.class);
            }
        }
    }

    @Id
    private UUID id;
    @Column(name = "plaatsing_id", nullable = false)
    private UUID plaatsingId;
    @Column(name = "kandidaat_id", nullable = false)
    private UUID kandidaatId;
    @Column(nullable = false)
    private String partner;
    @Column(nullable = false)
    private int maanden;
    @Column(name = "gepland_op", nullable = false)
    private LocalDate geplandOp;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    private Status status;
    private String uitkomst;
    private String notitie;
    @Column(name = "geregistreerd_door")
    private String geregistreerdDoor;
    @Column(name = "geregistreerd_op")
    private Instant geregistreerdOp;
    @Version
    private long versie;

    protected Nazorgmoment() {
        // for JPA
    }

    static Nazorgmoment plan(UUID plaatsingId, UUID kandidaatId, String partner, LocalDate startdatum, int maanden) {
        Nazorgmoment m = new Nazorgmoment();
        m.id = UUID.randomUUID();
        m.plaatsingId = plaatsingId;
        m.kandidaatId = kandidaatId;
        m.partner = partner;
        m.maanden = maanden;
        m.geplandOp = startdatum.plusMonths(maanden);
        m.status = Status.OPEN;
        return m;
    }

    /**
     * Records the outcome of the check-in: once, while it is open, and from {@link #DAGEN_VOORAF} days before it is
     * due (the region's calendar day of {@code nu}).
     */
    void registreer(Nazorguitkomst uitkomst, String notitie, String door, Instant nu) {
        if (status != Status.OPEN) {
            throw new NietOpen(status);
        }
        if (TimeSource.datum(nu).isBefore(geplandOp.minusDays(DAGEN_VOORAF))) {
            throw new TeVroeg(geplandOp);
        }
        this.status = Status.GEREGISTREERD;
        this.uitkomst = uitkomst.code();
        this.notitie = notitie;
        this.geregistreerdDoor = door;
        this.geregistreerdOp = nu;
    }

    /** The placement ended on {@code einddatum}: an open check-in due after it lapses, as there is no work to follow up. */
    void bijEindeVanPlaatsing(LocalDate einddatum) {
        if (status == Status.OPEN && geplandOp.isAfter(einddatum)) {
            this.status = Status.VERVALLEN;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID plaatsingId() {
        return plaatsingId;
    }

    public UUID kandidaatId() {
        return kandidaatId;
    }

    /** The candidate's owning partner, whose advisers hold the check-in. */
    public String partner() {
        return partner;
    }

    public int maanden() {
        return maanden;
    }

    public LocalDate geplandOp() {
        return geplandOp;
    }

    public Status status() {
        return status;
    }

    /** The code of the {@link Nazorguitkomst}, once recorded. */
    public String uitkomst() {
        return uitkomst;
    }

    public String notitie() {
        return notitie;
    }

    public String geregistreerdDoor() {
        return geregistreerdDoor;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }

    /** Recorded already, or lapsed: 409 {@code nazorg-niet-open}. */
    public static final class NietOpen extends Regelovertreding {
        NietOpen(Status status) {
            super("nazorg-niet-open", "Dit nazorgmoment is " + status.code(), Map.of("status", status.code()));
        }
    }

    /** More than {@link #DAGEN_VOORAF} days before it is due: 409 {@code nazorg-te-vroeg}. */
    public static final class TeVroeg extends Regelovertreding {
        TeVroeg(LocalDate geplandOp) {
            super("nazorg-te-vroeg", "Dit nazorgmoment staat gepland op " + geplandOp + "; registreren kan vanaf "
                    + DAGEN_VOORAF + " dagen ervoor", Map.of("geplandOp", geplandOp.toString()));
        }
    }
}
