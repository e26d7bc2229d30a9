package nl.wsp.account.sroi;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A social return obligation (issue 17 item 6; docs/adr/0032): the employer, as contractor of one procurement
 * ({@code aanbesteding}) of one contracting partner ({@code opdrachtgever}, a municipality or other partner of the
 * employer's region), owes {@code bedrag} euros in social return over a period. Source 001: "heeft in 2019 en 2020
 * social return afspraken gemaakt over verschillende inkoopopdrachten ... een social return verplichting van 0,9 miljoen
 * euro". What is delivered on it follows from the vacancies that name it and their placements (reporting-service).
 * Its rules (amount positive with at most two decimals, the period's end not before its start) are the use cases'
 * checks on input; the entity keeps them as invariants too.
 */
@Entity
@Table(name = "sroi_verplichting")
public class SroiVerplichting {

    @Id
    private UUID id;

    @Column(name = "werkgever_id", nullable = false)
    private UUID werkgeverId;

    @Column(nullable = false)
    private String regio;

    @Column(nullable = false)
    private String aanbesteding;

    @Column(nullable = false)
    private String opdrachtgever;

    @Column(nullable = false)
    private BigDecimal bedrag;

    @Column(name = "periode_van", nullable = false)
    private LocalDate periodeVan;

    @Column(name = "periode_tot", nullable = false)
    private LocalDate periodeTot;

    @Convert(converter = SroiStatus.Code.class)
    @Column(nullable = false)
    private SroiStatus status;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;

    @Version
    private long versie;

    protected SroiVerplichting() {
    }

    static SroiVerplichting legVast(UUID werkgeverId, String regio, String aanbesteding, String opdrachtgever,
                                    BigDecimal bedrag, LocalDate van, LocalDate tot, String door, Instant nu) {
        SroiVerplichting v = new SroiVerplichting();
        v.id = UUID.randomUUID();
        v.werkgeverId = werkgeverId;
        v.regio = regio;
        v.opdrachtgever = opdrachtgever;
        v.status = SroiStatus.LOPEND;
        v.vastgelegdOp = nu;
        v.zet(aanbesteding, bedrag, van, tot, door, nu);
        return v;
    }

    /** Changes the procurement's name, amount and period, and opens or closes the obligation. */
    void wijzig(String aanbesteding, BigDecimal bedrag, LocalDate van, LocalDate tot, SroiStatus status, String door, Instant nu) {
        zet(aanbesteding, bedrag, van, tot, door, nu);
        this.status = status;
    }

    private void zet(String aanbesteding, BigDecimal bedrag, LocalDate van, LocalDate tot, String door, Instant nu) {
        if (bedrag.signum() <= 0 || tot.isBefore(van)) {
            throw new IllegalArgumentException("an obligation's amount is positive and its period ends on or after its start");
        }
        this.aanbesteding = aanbesteding;
        this.bedrag = bedrag.setScale(2);
        this.periodeVan = van;
        this.periodeTot = tot;
        this.gewijzigdOp = nu;
        this.gewijzigdDoor = door;
    }

    SroiVerplichtingGegevens gegevens() {
        return new SroiVerplichtingGegevens(id, werkgeverId, regio, aanbesteding, opdrachtgever, bedrag, periodeVan, periodeTot, status);
    }

    public UUID id() {
        return id;
    }

    public UUID werkgeverId() {
        return werkgeverId;
    }

    public String regio() {
        return regio;
    }

    public String aanbesteding() {
        return aanbesteding;
    }

    public String opdrachtgever() {
        return opdrachtgever;
    }

    public BigDecimal bedrag() {
        return bedrag;
    }

    public LocalDate periodeVan() {
        return periodeVan;
    }

    public LocalDate periodeTot() {
        return periodeTot;
    }

    public SroiStatus status() {
        return status;
    }

    public Instant vastgelegdOp() {
        return vastgelegdOp;
    }

    public Instant gewijzigdOp() {
        return gewijzigdOp;
    }
}
