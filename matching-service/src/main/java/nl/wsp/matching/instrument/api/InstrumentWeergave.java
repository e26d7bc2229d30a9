package nl.wsp.matching.instrument.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.matching.instrument.Instrument;
import nl.wsp.matching.instrument.Instrumentsoort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record InstrumentWeergave(@Schema(examples = "8f1e3d5c-7b9a-4e2c-b4d6-0a1c3e5f7b92") UUID id, @Schema(examples = "gemeente-amersfoort") String partner, @Schema(examples = "jobcoaching") Instrumentsoort soort, @Schema(examples = "Jobcoaching bij plaatsing") String naam, @Nullable String voorwaarden,
                                 @Nullable LocalDate geldigVan, @Nullable LocalDate geldigTot, @Nullable Integer maxMaanden, @Nullable BigDecimal maxBedrag) {

    public static InstrumentWeergave van(Instrument i) {
        return new InstrumentWeergave(i.id(), i.partner(), i.soort(), i.naam(), i.voorwaarden(), i.geldigVan(), i.geldigTot(),
                i.effectieveMaxMaanden(), i.effectiefMaxBedrag());
    }
}
