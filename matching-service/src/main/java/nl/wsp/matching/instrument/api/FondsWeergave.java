package nl.wsp.matching.instrument.api;

import jakarta.annotation.Nullable;

import nl.wsp.matching.instrument.Regiofonds;

import java.math.BigDecimal;

public record FondsWeergave(String regio, BigDecimal saldo, @Nullable BigDecimal bedragPerGeplandePlaatsing) {

    public static FondsWeergave van(Regiofonds f) {
        return new FondsWeergave(f.regio, f.saldo, f.bedragPerGeplandePlaatsing);
    }
}
