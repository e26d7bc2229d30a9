package nl.wsp.matching.instrument.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.matching.instrument.Regiofonds;

import java.math.BigDecimal;

public record FondsWeergave(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "12500.00") BigDecimal saldo, @Nullable BigDecimal bedragPerGeplandePlaatsing) {

    public static FondsWeergave van(Regiofonds f) {
        return new FondsWeergave(f.regio(), f.saldo(), f.bedragPerGeplandePlaatsing());
    }
}
