package nl.wsp.matching.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A region that pools its partners' instrument budgets in one fund (Midden-Brabant, seed 004: filled at €1,250 per
 * planned placement). Instruments for candidates of that region are paid from it; it can never go below zero.
 */
@Entity
@Table(name = "regiofonds")
public class Regiofonds {

    @Id
    public String regio;
    @Column(nullable = false)
    public BigDecimal saldo;
    @Column(name = "bedrag_per_geplande_plaatsing", nullable = false)
    public BigDecimal bedragPerGeplandePlaatsing;
}
