package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.wsp.platform.problem.Regelovertreding;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An entry in a partner's instrument catalogue: what it offers, on which conditions, in which period. Its conditions
 * are the rules of every request to deploy it ({@link #vraagInzetAan}), so they are checked here and nowhere else.
 */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String partner;
    @Convert(converter = Instrumentsoort.Code.class)
    @Column(nullable = false)
    private Instrumentsoort soort;
    @Column(nullable = false)
    private String naam;
    private String voorwaarden;
    @Column(name = "geldig_van", nullable = false)
    private LocalDate geldigVan;
    @Column(name = "geldig_tot")
    private LocalDate geldigTot;
    @Column(name = "max_maanden")
    private Integer maxMaanden;
    @Column(name = "max_bedrag")
    private BigDecimal maxBedrag;

    protected Instrument() {
    }

    /**
     * A new catalogue entry; its period cannot end before it begins, and its own limits lie within its kind's
     * ({@link Instrumentsoort}): an entry beyond them is refused naming the field, never stored clamped (docs/api.md).
     */
    Instrument(String partner, Instrumentsoort soort, String naam, String voorwaarden, LocalDate geldigVan,
               LocalDate geldigTot, Integer maxMaanden, BigDecimal maxBedrag) {
        if (geldigTot != null && geldigTot.isBefore(geldigVan)) {
            throw new Ongeldig("geldigTot", "ligt voor geldigVan");
        }
        if (maxMaanden != null && soort.maxMaanden() != null && maxMaanden > soort.maxMaanden()) {
            throw new Ongeldig("maxMaanden", "ten hoogste " + soort.maxMaanden() + " maanden voor " + soort.code()
                    + (soort.verlengingMaanden() > 0 ? " (een verlenging van ten hoogste " + soort.verlengingMaanden()
                    + " maand is een eigen stap)" : ""));
        }
        if (maxMaanden != null && soort.minMaanden() != null && maxMaanden < soort.minMaanden()) {
            throw new Ongeldig("maxMaanden", "ten minste " + soort.minMaanden() + " maanden voor " + soort.code());
        }
        if (maxBedrag != null && soort.maxBedrag() != null && maxBedrag.compareTo(soort.maxBedrag()) > 0) {
            throw new Ongeldig("maxBedrag", "ten hoogste € " + soort.maxBedrag().toPlainString() + " voor " + soort.code());
        }
        this.id = UUID.randomUUID();
        this.partner = partner;
        this.soort = soort;
        this.naam = naam;
        this.voorwaarden = voorwaarden;
        this.geldigVan = geldigVan;
        this.geldigTot = geldigTot;
        this.maxMaanden = maxMaanden;
        this.maxBedrag = maxBedrag;
    }

    /**
     * A request to deploy this instrument for a candidate whom {@code betalendePartner} pays for, within this entry's
     * conditions: from the payer's own catalogue, valid on the start date, within the stricter limits (and at least a
     * kind's minimum), for a candidate of the kind's target group (loondispensatie: Wajong), with an amount where the
     * kind is one, and for loonkostensubsidie from a measured wage value (from which the subsidy follows).
     */
    InstrumentInzet vraagInzetAan(Instrumenten.Aanvraag aanvraag, String betalendePartner, List<String> doelgroepen,
                                  Menukaart menukaart, String regio, String fondsRegio, String aanvrager,
                                  String aanvragerPartner, Instant nu, Duration beslistermijn) {
        if (!partner.equals(betalendePartner)) {
            throw new Ongeldig("instrumentId", "hoort bij " + partner + ", maar " + betalendePartner
                    + " betaalt voor deze kandidaat: kies een instrument uit diens catalogus");
        }
        if (!geldigOp(aanvraag.startdatum())) {
            throw new Ongeldig("startdatum", "het instrument is dan niet geldig");
        }
        Integer maxMaanden = effectieveMaxMaanden();
        if (maxMaanden != null && (aanvraag.duurMaanden() == null || aanvraag.duurMaanden() > maxMaanden)) {
            throw new Ongeldig("duurMaanden", "ten hoogste " + maxMaanden + " maanden voor " + soort.code());
        }
        if (soort.minMaanden() != null && (aanvraag.duurMaanden() == null || aanvraag.duurMaanden() < soort.minMaanden())) {
            throw new Ongeldig("duurMaanden", "ten minste " + soort.minMaanden() + " maanden voor " + soort.code());
        }
        if (soort.vereisteDoelgroep() != null && !doelgroepen.contains(soort.vereisteDoelgroep())) {
            throw new Ongeldig("kandidaatId", soort.code() + " vraagt een kandidaat met doelgroep " + soort.vereisteDoelgroep()
                    + " (voorwaarde is dat de werknemer een Wajong-uitkering heeft)");
        }
        if (soort.bedragVerplicht() && aanvraag.bedrag() == null) {
            throw new Ongeldig("bedrag", soort.code() + " vraagt een bedrag");
        }
        BigDecimal maxBedrag = effectiefMaxBedrag();
        if (maxBedrag != null && aanvraag.bedrag() != null && aanvraag.bedrag().compareTo(maxBedrag) > 0) {
            throw new Ongeldig("bedrag", "ten hoogste € " + maxBedrag.toPlainString() + " voor " + soort.code());
        }
        // the regional menu (seed 004): outside it only with the MT's recorded exception, and an exception only when needed
        Ongeldig buitenMenukaart = menukaart.buiten(soort, aanvraag);
        if (buitenMenukaart != null && aanvraag.afwijking() == null) {
            throw buitenMenukaart;
        }
        if (buitenMenukaart == null && aanvraag.afwijking() != null) {
            throw new Ongeldig("menukaartAfwijking", menukaart.regels().isEmpty()
                    ? "regio " + regio + " heeft geen menukaart: er is niets om van af te wijken"
                    : "niet nodig: de aanvraag past binnen de menukaart van regio " + regio);
        }
        if (aanvraag.afwijking() != null && aanvraag.afwijking().goedgekeurdOp().isAfter(nu.atZone(nl.wsp.platform.time.TimeSource.ZONE).toLocalDate())) {
            throw new Ongeldig("menukaartAfwijking.goedgekeurdOp", "ligt in de toekomst");
        }
        Integer subsidie = null;
        if (soort == Instrumentsoort.LOONKOSTENSUBSIDIE) {
            if (aanvraag.loonwaardePercentage() == null) {
                throw new Ongeldig("loonwaardePercentage", "loonkostensubsidie gaat uit van een gemeten loonwaarde");
            }
            subsidie = Instrumentsoort.loonkostensubsidiePercentage(aanvraag.loonwaardePercentage());
        }
        return new InstrumentInzet(this, aanvraag, betalendePartner, regio, fondsRegio, subsidie, aanvrager,
                aanvragerPartner, nu, nu.plus(beslistermijn));
    }

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVan) && (geldigTot == null || !datum.isAfter(geldigTot));
    }

    /**
     * The stricter of the source's limit and the partner's own. New entries cannot exceed their kind's limit; entries
     * stored before that rule (or before a kind's limit was lowered, as the trial placement's from 3 to 2 + 1) keep
     * working within the kind's limit.
     */
    public Integer effectieveMaxMaanden() {
        return strengste(soort.maxMaanden(), maxMaanden);
    }

    public BigDecimal effectiefMaxBedrag() {
        if (soort.maxBedrag() == null) {
            return maxBedrag;
        }
        return maxBedrag == null ? soort.maxBedrag() : soort.maxBedrag().min(maxBedrag);
    }

    private static Integer strengste(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }

    public UUID id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    public Instrumentsoort soort() {
        return soort;
    }

    public String naam() {
        return naam;
    }

    public String voorwaarden() {
        return voorwaarden;
    }

    public LocalDate geldigVan() {
        return geldigVan;
    }

    public LocalDate geldigTot() {
        return geldigTot;
    }

    /** A value of the entry or of a request breaks the catalogue's conditions (400, naming the field). */
    public static final class Ongeldig extends Regelovertreding {
        Ongeldig(String veld, String reden) {
            super(veld, reden);
        }
    }
}
