package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.wsp.platform.problem.Regelovertreding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A region that pools its partners' instrument budgets in one fund (Midden-Brabant, seed 004: filled at €1,250 per
 * planned placement). Instruments for candidates of that region are paid from it; it can never go below zero, nor
 * above what its column holds. Set up by {@link RegiofondsRepository#richtIn} (once per region); every change of the
 * balance returns its {@link Fondsmutatie}. A region with a fund pools ("Na bundeling is er één pot"): a deployment it
 * pays is decided by the fund's manager, not by the candidate's partner (ADR 0036).
 */
@Entity
@Table(name = "regiofonds")
public class Regiofonds {

    /** The largest balance column regiofonds.saldo (numeric(14, 2)) holds. */
    static final BigDecimal MAX_SALDO = new BigDecimal("999999999999.99");

    @Id
    private String regio;
    @Column(nullable = false)
    private BigDecimal saldo;
    @Column(name = "bedrag_per_geplande_plaatsing", nullable = false)
    private BigDecimal bedragPerGeplandePlaatsing;

    protected Regiofonds() {
    }

    /**
     * A municipality's deposit ("inleg", seed 004: "1.250 euro per plaatsing … Het in te leggen bedrag varieert daardoor
     * ook per gemeente"): either its planned placements at the fund's amount per placement, or an amount of its own
     * ("Afhankelijk van de daadwerkelijke realisatie kunnen we gaandeweg de rit de bedragen aanpassen"), never both.
     * Which municipality may deposit (one of the region) is the use case's check; a deposit that would pass
     * {@link #MAX_SALDO} is refused, naming the field it came from.
     */
    Fondsmutatie stort(String gemeente, Integer geplandePlaatsingen, BigDecimal eigenBedrag, String periode, String wie, Instant op) {
        if (geplandePlaatsingen == null && eigenBedrag == null) {
            throw new Instrument.Ongeldig("geplandePlaatsingen", "een storting noemt geplandePlaatsingen of bedrag");
        }
        if (geplandePlaatsingen != null && eigenBedrag != null) {
            throw new Instrument.Ongeldig("bedrag", "een storting noemt geplandePlaatsingen of bedrag, niet beide");
        }
        BigDecimal bedrag = eigenBedrag != null ? eigenBedrag
                : bedragPerGeplandePlaatsing.multiply(BigDecimal.valueOf(geplandePlaatsingen));
        if (saldo.add(bedrag).compareTo(MAX_SALDO) > 0) {
            throw new SaldoTeHoog(eigenBedrag != null ? "bedrag" : "geplandePlaatsingen");
        }
        saldo = saldo.add(bedrag);
        String omschrijving = geplandePlaatsingen != null
                ? "inleg " + gemeente + ": " + geplandePlaatsingen + " geplande plaatsingen à € " + bedragPerGeplandePlaatsing.toPlainString()
                : "inleg " + gemeente;
        return new Fondsmutatie(regio, Fondsmutatie.STORTING, bedrag, omschrijving, gemeente, periode, wie, null, op);
    }

    /**
     * Pays an approved deployment; never below zero. {@code gemeente} is the candidate's home municipality, for the
     * monthly report's spending per municipality (null when the candidate has none).
     */
    Fondsmutatie schrijfAf(InstrumentInzet inzet, String gemeente, String wie, Instant op) {
        if (saldo.compareTo(inzet.bedrag()) < 0) {
            throw new Ontoereikend(regio, saldo, inzet.bedrag());
        }
        saldo = saldo.subtract(inzet.bedrag());
        return new Fondsmutatie(regio, Fondsmutatie.AFSCHRIJVING, inzet.bedrag().negate(), "inzet " + inzet.soort().code(),
                gemeente, null, wie, inzet.id(), op);
    }

    public String regio() {
        return regio;
    }

    public BigDecimal saldo() {
        return saldo;
    }

    public BigDecimal bedragPerGeplandePlaatsing() {
        return bedragPerGeplandePlaatsing;
    }

    /** The balance would pass what the database holds (400 on geplandePlaatsingen or bedrag, whichever the deposit named). */
    public static final class SaldoTeHoog extends Regelovertreding {
        SaldoTeHoog(String veld) {
            super(veld, "het saldo zou boven € " + MAX_SALDO.toPlainString() + " komen");
        }
    }

    /**
     * The fund cannot pay the deployment's amount (409 fonds-ontoereikend, with balance and amount): a refusal of the
     * fund's state, not of the request's value, so a 409 as before; its facts name the balance and the field {@code bedrag}.
     */
    public static final class Ontoereikend extends Regelovertreding {
        Ontoereikend(String regio, BigDecimal saldo, BigDecimal bedrag) {
            super("fonds-ontoereikend", "Het regiofonds " + regio + " heeft € " + saldo.toPlainString()
                    + ", de inzet vraagt € " + bedrag.toPlainString(), Map.of("saldo", saldo, "bedrag", bedrag));
        }
    }
}
