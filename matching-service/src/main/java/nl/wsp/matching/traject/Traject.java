package nl.wsp.matching.traject;

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
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A trajectory of a candidate towards work that is not yet a job (seed 002: "35 leerwerktrajecten met 35 bedrijven",
 * "25 oriëntatieplekken bij werkgevers", "5 Praktijkverklaringen"), started and completed by an adviser of the
 * candidate's partner, with its outcome. docs/adr/0048-trajectories-with-outcomes.md.
 */
@Entity
@Table(name = "kandidaat_traject")
public class Traject {

    /** The kinds of trajectory the seeds name. */
    @Schema(name = "Trajectsoort")
    public enum Soort implements MetCode {
        /** Working and learning at once with an employer (BBL or a shorter vocational course; 001 "leerwerkarrangementen"). */
        @JsonProperty("leerwerktraject") LEERWERKTRAJECT,
        /** A few weeks at an employer to get to know the work (002: "zodat werkzoekenden zich kunnen oriënteren"). */
        @JsonProperty("orientatieplek") ORIENTATIEPLEK,
        /** Learning (parts of) a job in practice, ending in a practice certificate recognised by the sector (002). */
        @JsonProperty("praktijkleren") PRAKTIJKLEREN;

        @Converter
        public static class Code extends Codeconverter<Soort> {
            public Code() {
                super(Soort.class);
            }
        }
    }

    @Schema(name = "TrajectStatus")
    public enum Status implements MetCode {
        @JsonProperty("lopend") LOPEND, @JsonProperty("afgerond") AFGEROND;

        @Converter
        public static class Code extends Codeconverter<Status> {
            public Code() {
                super(Status.class);
            }
        }
    }

    /** What came of it. */
    @Schema(name = "Trajectuitkomst")
    public enum Uitkomst implements MetCode {
        /** A practice certificate (praktijkverklaring) for (parts of) the job. */
        @JsonProperty("praktijkverklaring") PRAKTIJKVERKLARING,
        /** A diploma or sector certificate (the learn-work track's "branche- en veiligheidscertificaten", 001). */
        @JsonProperty("diploma-of-certificaat") DIPLOMA_OF_CERTIFICAAT,
        /** A job (then registered as a placement through a proposal). */
        @JsonProperty("naar-werk") NAAR_WERK,
        /** From an orientation place on to a learn-work place (002: "10 BBL plekken naar aanleiding van … de oriëntatieplekken"). */
        @JsonProperty("naar-leerwerkplek") NAAR_LEERWERKPLEK,
        /** Completed without any of the above. */
        @JsonProperty("afgerond-zonder-resultaat") AFGEROND_ZONDER_RESULTAAT,
        /** Stopped before the end. */
        @JsonProperty("voortijdig-gestopt") VOORTIJDIG_GESTOPT;

        @Converter
        public static class Code extends Codeconverter<Uitkomst> {
            public Code() {
                super(Uitkomst.class);
            }
        }
    }

    /** Which outcomes a kind can have: a certificate comes of learning, not of an orientation. */
    private static final Map<Soort, Set<Uitkomst>> MOGELIJK = Map.of(
            Soort.LEERWERKTRAJECT, Set.of(Uitkomst.DIPLOMA_OF_CERTIFICAAT, Uitkomst.PRAKTIJKVERKLARING, Uitkomst.NAAR_WERK,
                    Uitkomst.AFGEROND_ZONDER_RESULTAAT, Uitkomst.VOORTIJDIG_GESTOPT),
            Soort.ORIENTATIEPLEK, Set.of(Uitkomst.NAAR_WERK, Uitkomst.NAAR_LEERWERKPLEK, Uitkomst.AFGEROND_ZONDER_RESULTAAT,
                    Uitkomst.VOORTIJDIG_GESTOPT),
            Soort.PRAKTIJKLEREN, Set.of(Uitkomst.PRAKTIJKVERKLARING, Uitkomst.NAAR_WERK, Uitkomst.AFGEROND_ZONDER_RESULTAAT,
                    Uitkomst.VOORTIJDIG_GESTOPT));

    @Id
    private UUID id;
    @Column(name = "kandidaat_id", nullable = false)
    private UUID kandidaatId;
    @Column(nullable = false)
    private String partner;
    private String regio;
    @Convert(converter = Soort.Code.class)
    @Column(nullable = false)
    private Soort soort;
    @Column(nullable = false)
    private LocalDate startdatum;
    @Column(name = "geplande_einddatum")
    private LocalDate geplandeEinddatum;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    private Status status;
    private LocalDate einddatum;
    @Convert(converter = Uitkomst.Code.class)
    private Uitkomst uitkomst;
    @Column(name = "gestart_door", nullable = false)
    private String gestartDoor;
    @Column(name = "gestart_op", nullable = false)
    private Instant gestartOp;
    @Column(name = "afgerond_door")
    private String afgerondDoor;
    @Column(name = "afgerond_op")
    private Instant afgerondOp;
    @Version
    private long version;

    protected Traject() {
    }

    private Traject(UUID kandidaatId, String partner, String regio, Soort soort, LocalDate startdatum,
                    LocalDate geplandeEinddatum, String wie, Instant nu) {
        this.id = UUID.randomUUID();
        this.kandidaatId = kandidaatId;
        this.partner = partner;
        this.regio = regio;
        this.soort = soort;
        this.startdatum = startdatum;
        this.geplandeEinddatum = geplandeEinddatum;
        this.status = Status.LOPEND;
        this.gestartDoor = wie;
        this.gestartOp = nu;
    }

    /** A planned end before the start is a 400 naming {@code geplandeEinddatum}. */
    static Traject start(UUID kandidaatId, String partner, String regio, Soort soort, LocalDate startdatum,
                         LocalDate geplandeEinddatum, String wie, Instant nu) {
        if (geplandeEinddatum != null && geplandeEinddatum.isBefore(startdatum)) {
            throw new Ongeldig("geplandeEinddatum", "niet voor de startdatum " + startdatum);
        }
        return new Traject(kandidaatId, partner, regio, soort, startdatum, geplandeEinddatum, wie, nu);
    }

    /**
     * Completes the trajectory with its outcome, once (409 {@code traject-afgerond}); the end lies not before the start
     * (400 naming {@code einddatum}) and the outcome fits the kind (400 naming {@code uitkomst}).
     */
    void rondAf(LocalDate einddatum, Uitkomst uitkomst, String wie, Instant nu) {
        if (status == Status.AFGEROND) {
            throw new AlAfgerond();
        }
        if (einddatum.isBefore(startdatum)) {
            throw new Ongeldig("einddatum", "niet voor de startdatum " + startdatum);
        }
        if (!MOGELIJK.get(soort).contains(uitkomst)) {
            throw new Ongeldig("uitkomst", "past niet bij een " + soort.code());
        }
        this.status = Status.AFGEROND;
        this.einddatum = einddatum;
        this.uitkomst = uitkomst;
        this.afgerondDoor = wie;
        this.afgerondOp = nu;
    }

    public UUID id() {
        return id;
    }

    public UUID kandidaatId() {
        return kandidaatId;
    }

    public String partner() {
        return partner;
    }

    public String regio() {
        return regio;
    }

    public Soort soort() {
        return soort;
    }

    public LocalDate startdatum() {
        return startdatum;
    }

    public LocalDate geplandeEinddatum() {
        return geplandeEinddatum;
    }

    public Status status() {
        return status;
    }

    public LocalDate einddatum() {
        return einddatum;
    }

    public Uitkomst uitkomst() {
        return uitkomst;
    }

    public String gestartDoor() {
        return gestartDoor;
    }

    public String afgerondDoor() {
        return afgerondDoor;
    }

    /** A value of the request breaks a rule of the trajectory (400 naming the field). */
    public static final class Ongeldig extends Regelovertreding {
        Ongeldig(String veld, String reden) {
            super(veld, reden);
        }
    }

    /** Completed already: an outcome is recorded once (409). */
    public static final class AlAfgerond extends Regelovertreding {
        AlAfgerond() {
            super("traject-afgerond", "Dit traject is al afgerond", Map.of());
        }
    }
}
