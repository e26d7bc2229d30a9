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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
    public UUID id;
    @Column(name = "plaatsing_id", nullable = false)
    public UUID plaatsingId;
    @Column(name = "kandidaat_id", nullable = false)
    public UUID kandidaatId;
    @Column(nullable = false)
    public String partner;
    @Column(nullable = false)
    public int maanden;
    @Column(name = "gepland_op", nullable = false)
    public LocalDate geplandOp;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    public Status status;
    public String uitkomst;
    public String notitie;
    @Column(name = "geregistreerd_door")
    public String geregistreerdDoor;
    @Column(name = "geregistreerd_op")
    public Instant geregistreerdOp;
    @Version
    public long versie;

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

    boolean isTeVroeg(LocalDate vandaag) {
        return vandaag.isBefore(geplandOp.minusDays(DAGEN_VOORAF));
    }

    void registreer(Nazorguitkomst uitkomst, String notitie, String door, Instant nu) {
        this.status = Status.GEREGISTREERD;
        this.uitkomst = uitkomst.code();
        this.notitie = notitie;
        this.geregistreerdDoor = door;
        this.geregistreerdOp = nu;
    }
}
