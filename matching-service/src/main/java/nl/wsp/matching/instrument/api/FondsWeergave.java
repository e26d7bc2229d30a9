package nl.wsp.matching.instrument.api;

import nl.wsp.matching.instrument.Regiofonds;

import java.math.BigDecimal;

public record FondsWeergave(String regio, BigDecimal saldo, BigDecimal bedragPerGeplandePlaatsing) {

    public static FondsWeergave van(Regiofonds f) {
        return new FondsWeergave(f.regio, f.saldo, f.bedragPerGeplandePlaatsing);
    }
}
