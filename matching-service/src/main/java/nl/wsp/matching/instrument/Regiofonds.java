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
 * balance returns its {@link Fondsmutatie}.
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

    /** The partners fill the fund per planned placement; a deposit that would pass {@link #MAX_SALDO} is refused. */
    Fondsmutatie stort(int geplandePlaatsingen, String wie, Instant op) {
        BigDecimal bedrag = bedragPerGeplandePlaatsing.multiply(BigDecimal.valueOf(geplandePlaatsingen));
        if (saldo.add(bedrag).compareTo(MAX_SALDO) > 0) {
            throw new SaldoTeHoog();
        }
        saldo = saldo.add(bedrag);
        return new Fondsmutatie(regio, bedrag, geplandePlaatsingen + " geplande plaatsingen", wie, null, op);
    }

    /** Pays an approved deployment; never below zero. */
    Fondsmutatie schrijfAf(InstrumentInzet inzet, String wie, Instant op) {
        if (saldo.compareTo(inzet.bedrag()) < 0) {
            throw new Ontoereikend(regio, saldo, inzet.bedrag());
        }
        saldo = saldo.subtract(inzet.bedrag());
        return new Fondsmutatie(regio, inzet.bedrag().negate(), "inzet " + inzet.soort().code(), wie, inzet.id(), op);
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

    /** The balance would pass what the database holds (400 on geplandePlaatsingen). */
    public static final class SaldoTeHoog extends Regelovertreding {
        SaldoTeHoog() {
            super("geplandePlaatsingen", "het saldo zou boven € " + MAX_SALDO.toPlainString() + " komen");
        }
    }

    /** The fund cannot pay the deployment's amount (409 fonds-ontoereikend, with balance and amount). */
    public static final class Ontoereikend extends Regelovertreding {
        Ontoereikend(String regio, BigDecimal saldo, BigDecimal bedrag) {
            super("fonds-ontoereikend", "Het regiofonds " + regio + " heeft € " + saldo.toPlainString()
                    + ", de inzet vraagt € " + bedrag.toPlainString(), Map.of("saldo", saldo, "bedrag", bedrag));
        }
    }
}
