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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
    public UUID id;
    @Column(name = "instrument_id", nullable = false)
    public UUID instrumentId;
    @Convert(converter = Instrumentsoort.Code.class)
    @Column(nullable = false)
    public Instrumentsoort soort;
    @Column(name = "kandidaat_id", nullable = false)
    public UUID kandidaatId;
    @Column(name = "betalende_partner", nullable = false)
    public String betalendePartner;
    public String regio;
    @Column(name = "fonds_regio")
    public String fondsRegio;
    @Convert(converter = Status.Code.class)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public LocalDate startdatum;
    @Column(name = "duur_maanden")
    public Integer duurMaanden;
    public BigDecimal bedrag;
    @Column(name = "loonwaarde_percentage")
    public Integer loonwaardePercentage;
    @Column(name = "subsidie_percentage_wml")
    public Integer subsidiePercentageWml;
    @Column(name = "aangevraagd_door", nullable = false)
    public String aangevraagdDoor;
    /** The requesting adviser's partner, who may follow the request (null on requests from before issue 13). */
    @Column(name = "aanvrager_partner")
    public String aanvragerPartner;
    @Column(name = "aangevraagd_op", nullable = false)
    public Instant aangevraagdOp;
    @Column(name = "beslissen_voor", nullable = false)
    public Instant beslissenVoor;
    @Column(name = "besluit_door")
    public String besluitDoor;
    @Column(name = "besluit_op")
    public Instant besluitOp;
    @Column(name = "besluit_reden")
    public String besluitReden;
    @Version
    public long versie;

    /** Who may see this request: the candidate's partner (who pays) and the requesting adviser's partner. */
    public boolean isZichtbaarVoor(String partnerCode) {
        return partnerCode != null && (partnerCode.equals(betalendePartner) || partnerCode.equals(aanvragerPartner));
    }

    public boolean isIngezet() {
        return status == Status.GOEDGEKEURD;
    }
}
