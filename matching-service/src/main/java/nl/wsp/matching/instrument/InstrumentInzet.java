package nl.wsp.matching.instrument;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A request to deploy an instrument for a candidate. It is deployed only once the paying partner — the partner
 * the candidate belongs to — approved it (rule 8); until then, and after a rejection or a missed deadline, it is not.
 */
@Entity
@Table(name = "instrument_inzet")
public class InstrumentInzet {

    /** Stored as the API's code ({@code aangevraagd} …), docs/adr/0026 "Status values". */
    @Schema(name = "InzetStatus")
    public enum Status implements MetCode {
        @JsonProperty("aangevraagd") AANGEVRAAGD, @JsonProperty("goedgekeurd") GOEDGEKEURD,
        @JsonProperty("afgewezen") AFGEWEZEN, @JsonProperty("verlopen") VERLOPEN;

        @Converter
        public static class Code extends Codeconverter<Status> {
            public Code() {
                super(Status.class);
            }
        }
    }

    @Id
    private UUID id;
    @Column(name = "instrument_id", nullable = false)
    private UUID instrumentId;
    @Convert(converter = Instrumentsoort.Code.class)
    @Column(nullable = false)
    private Instrumentsoort soort;
    @Column(name = "kandidaat_id", nullable = false)
    private UUID kandidaatId;
    @Column(name = "betalende_partner", nullable = false)
    private String betalendePartner;
    private String regio;
    @Column(name = "fonds_regio")
    private String fondsRegio;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    private Status status;
    @Column(nullable = false)
    private LocalDate startdatum;
    @Column(name = "duur_maanden")
    private Integer duurMaanden;
    /** The months one extension added (null: not extended), V271_70. */
    @Column(name = "verlengd_maanden")
    private Integer verlengdMaanden;
    private BigDecimal bedrag;
    @Column(name = "loonwaarde_percentage")
    private Integer loonwaardePercentage;
    @Column(name = "subsidie_percentage_wml")
    private Integer subsidiePercentageWml;
    @Column(name = "aangevraagd_door", nullable = false)
    private String aangevraagdDoor;
    /** The requesting adviser's partner, who may follow the request (null on requests from before issue 13). */
    @Column(name = "aanvrager_partner")
    private String aanvragerPartner;
    @Column(name = "aangevraagd_op", nullable = false)
    private Instant aangevraagdOp;
    @Column(name = "beslissen_voor", nullable = false)
    private Instant beslissenVoor;
    @Column(name = "besluit_door")
    private String besluitDoor;
    @Column(name = "besluit_op")
    private Instant besluitOp;
    @Column(name = "besluit_reden")
    private String besluitReden;
    /** The MT's exception to the regional menu, when the request fell outside it (V271_71); null otherwise. */
    @Column(name = "afwijking_goedgekeurd_door")
    private String afwijkingGoedgekeurdDoor;
    @Column(name = "afwijking_goedgekeurd_op")
    private LocalDate afwijkingGoedgekeurdOp;
    /** Emptied by erasure, as the decision's reason. */
    @Column(name = "afwijking_reden")
    private String afwijkingReden;
    @Version
    private long versie;

    protected InstrumentInzet() {
    }

    /** A new request, made by {@link Instrument#vraagInzetAan} within the instrument's conditions. */
    InstrumentInzet(Instrument instrument, Instrumenten.Aanvraag aanvraag, String betalendePartner, String regio,
                    String fondsRegio, Integer subsidiePercentageWml, String aangevraagdDoor, String aanvragerPartner,
                    Instant aangevraagdOp, Instant beslissenVoor) {
        this.id = UUID.randomUUID();
        this.instrumentId = instrument.id();
        this.soort = instrument.soort();
        this.kandidaatId = aanvraag.kandidaatId();
        this.betalendePartner = betalendePartner;
        this.regio = regio;
        this.fondsRegio = fondsRegio;
        this.status = Status.AANGEVRAAGD;
        this.startdatum = aanvraag.startdatum();
        this.duurMaanden = aanvraag.duurMaanden();
        this.bedrag = aanvraag.bedrag();
        this.loonwaardePercentage = aanvraag.loonwaardePercentage();
        this.subsidiePercentageWml = subsidiePercentageWml;
        this.aangevraagdDoor = aangevraagdDoor;
        this.aanvragerPartner = aanvragerPartner;
        this.aangevraagdOp = aangevraagdOp;
        this.beslissenVoor = beslissenVoor;
        if (aanvraag.afwijking() != null) {
            this.afwijkingGoedgekeurdDoor = aanvraag.afwijking().goedgekeurdDoor();
            this.afwijkingGoedgekeurdOp = aanvraag.afwijking().goedgekeurdOp();
            this.afwijkingReden = aanvraag.afwijking().reden();
        }
    }

    /** The first line of the history: who asked, when. */
    InzetStap aanvraagstap() {
        return new InzetStap(id, aangevraagdOp, aangevraagdDoor, "aangevraagd", null);
    }

    /**
     * The paying partner approves. Only an open request whose deadline has not passed; one past it counts as expired,
     * though the deadline job has not marked it yet. Debiting a pooled fund is {@link Regiofonds#schrijfAf}.
     */
    InzetStap keurGoed(String reden, String wie, Instant nu) {
        return besluit(Status.GOEDGEKEURD, "goedgekeurd", reden, wie, nu);
    }

    InzetStap wijsAf(String reden, String wie, Instant nu) {
        return besluit(Status.AFGEWEZEN, "afgewezen", reden, wie, nu);
    }

    private InzetStap besluit(Status uitkomst, String actie, String reden, String wie, Instant nu) {
        if (status != Status.AANGEVRAAGD) {
            throw new AlBesloten(status);
        }
        if (!nu.isBefore(beslissenVoor)) {
            throw new AlBesloten(Status.VERLOPEN);
        }
        status = uitkomst;
        besluitDoor = wie;
        besluitOp = nu;
        besluitReden = reden;
        return new InzetStap(id, nu, wie, actie, reden);
    }

    /**
     * Extends an approved deployment once, by at most its kind's extension (a trial placement: 1 month, seed 004
     * "maximaal 2 maanden met 1 maand verlenging"), before its period ends. A kind without an extension, a second
     * extension, or a deployment that is not (or no longer) running is refused.
     */
    InzetStap verleng(int maanden, String reden, String wie, LocalDate vandaag, Instant nu) {
        if (soort.verlengingMaanden() == 0) {
            throw new NietVerlengbaar(soort.code() + " kent geen verlenging");
        }
        if (maanden < 1 || maanden > soort.verlengingMaanden()) {
            throw new Instrument.Ongeldig("maanden", "ten hoogste " + soort.verlengingMaanden() + " maand verlenging voor "
                    + soort.code());
        }
        if (status != Status.GOEDGEKEURD) {
            throw new NietVerlengbaar("alleen een goedgekeurde inzet wordt verlengd; deze is " + status.code());
        }
        if (verlengdMaanden != null) {
            throw new NietVerlengbaar("deze inzet is al eens verlengd, met " + verlengdMaanden + " maand");
        }
        if (duurMaanden == null || !vandaag.isBefore(startdatum.plusMonths(duurMaanden))) {
            throw new NietVerlengbaar("de periode is voorbij (tot " + (duurMaanden == null ? startdatum : startdatum.plusMonths(duurMaanden))
                    + "); verleng voor het einde");
        }
        verlengdMaanden = maanden;
        return new InzetStap(id, nu, wie, "verlengd", reden == null ? maanden + " maand" : maanden + " maand: " + reden);
    }

    /** The approved months plus any extension: until when the deployment runs (null: no duration). */
    public Integer totaleDuurMaanden() {
        return duurMaanden == null ? null : duurMaanden + (verlengdMaanden == null ? 0 : verlengdMaanden);
    }

    /** No decision before the deadline: the request expires (the deadline job, {@link InzetTermijn}). */
    InzetStap verloop(Instant nu) {
        if (status != Status.AANGEVRAAGD) {
            throw new AlBesloten(status);
        }
        status = Status.VERLOPEN;
        besluitOp = nu;
        return new InzetStap(id, nu, "systeem", "verlopen", "geen besluit voor " + beslissenVoor);
    }

    /** Who may see this request: the candidate's partner (who pays) and the requesting adviser's partner. */
    public boolean isZichtbaarVoor(String partnerCode) {
        return partnerCode != null && (partnerCode.equals(betalendePartner) || partnerCode.equals(aanvragerPartner));
    }

    public boolean isIngezet() {
        return status == Status.GOEDGEKEURD;
    }

    /** Approval debits the region's pooled fund: the candidate's region pools its budgets and the request names an amount. */
    boolean betaaltUitFonds() {
        return fondsRegio != null && bedrag != null;
    }

    public UUID id() {
        return id;
    }

    public UUID instrumentId() {
        return instrumentId;
    }

    public Instrumentsoort soort() {
        return soort;
    }

    public UUID kandidaatId() {
        return kandidaatId;
    }

    public String betalendePartner() {
        return betalendePartner;
    }

    public String regio() {
        return regio;
    }

    public String fondsRegio() {
        return fondsRegio;
    }

    public Status status() {
        return status;
    }

    public LocalDate startdatum() {
        return startdatum;
    }

    public Integer duurMaanden() {
        return duurMaanden;
    }

    /** Whether the request fell outside the regional menu, on the MT's recorded exception. */
    public boolean buitenMenukaart() {
        return afwijkingGoedgekeurdDoor != null;
    }

    public String afwijkingGoedgekeurdDoor() {
        return afwijkingGoedgekeurdDoor;
    }

    public LocalDate afwijkingGoedgekeurdOp() {
        return afwijkingGoedgekeurdOp;
    }

    public String afwijkingReden() {
        return afwijkingReden;
    }

    public Integer verlengdMaanden() {
        return verlengdMaanden;
    }

    public BigDecimal bedrag() {
        return bedrag;
    }

    public Integer loonwaardePercentage() {
        return loonwaardePercentage;
    }

    public Integer subsidiePercentageWml() {
        return subsidiePercentageWml;
    }

    public String aangevraagdDoor() {
        return aangevraagdDoor;
    }

    public String aanvragerPartner() {
        return aanvragerPartner;
    }

    public Instant aangevraagdOp() {
        return aangevraagdOp;
    }

    public Instant beslissenVoor() {
        return beslissenVoor;
    }

    public String besluitDoor() {
        return besluitDoor;
    }

    public Instant besluitOp() {
        return besluitOp;
    }

    public String besluitReden() {
        return besluitReden;
    }

    /** An extension the deployment's state does not allow (409 inzet-niet-verlengbaar). */
    public static final class NietVerlengbaar extends Regelovertreding {
        NietVerlengbaar(String detail) {
            super("inzet-niet-verlengbaar", detail, Map.of());
        }
    }

    /** A decision on a request that is no longer open (409 inzet-al-besloten, with the status it has). */
    public static final class AlBesloten extends Regelovertreding {
        AlBesloten(Status status) {
            super("inzet-al-besloten", "Over deze inzet is al besloten: " + status.code(), Map.of("status", status.code()));
        }
    }
}
