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
    public UUID id;
    @Column(name = "vacature_id", nullable = false)
    public UUID vacatureId;
    @Column(name = "kandidaat_id", nullable = false)
    public UUID kandidaatId;
    @Column(nullable = false)
    public String partner;
    @Column(name = "kandidaat_partner", nullable = false)
    public String kandidaatPartner;
    @Column(name = "vacature_partner")
    public String vacaturePartner;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    public Status status;
    public String reden;
    public String toelichting;
    @Column(name = "voorgedragen_door", nullable = false)
    public String voorgedragenDoor;
    @Column(name = "voorgedragen_op", nullable = false)
    public Instant voorgedragenOp;
    @Column(name = "uitkomst_door")
    public String uitkomstDoor;
    @Column(name = "uitkomst_op")
    public Instant uitkomstOp;
    /** The recorded decision (issue 14, item 6): place, suitability and rules version, with the whole of it as JSON. */
    public Integer rang;
    public Double geschiktheid;
    public String regelsversie;
    public String besluit;
    @Version
    public long versie;

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

    /** Records the employer's outcome; refuses what does not follow (a hire after a rejection, twice the same). */
    VoordrachtEvents.VoordrachtV1 registreerUitkomst(Status uitkomst, String reden, String toelichting, String door, Instant nu) {
        if (!magOvergaanNaar(uitkomst)) {
            throw new OngeldigeOvergang(status, uitkomst);
        }
        this.status = uitkomst;
        this.reden = uitkomst == Status.AFGEWEZEN ? reden : null;
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

    static final class OngeldigeOvergang extends RuntimeException {
        final Status van;
        final Status naar;

        OngeldigeOvergang(Status van, Status naar) {
            super(van + " -> " + naar, null, false, false);
            this.van = van;
            this.naar = naar;
        }
    }
}
