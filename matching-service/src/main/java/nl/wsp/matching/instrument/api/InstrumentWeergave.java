package nl.wsp.matching.instrument.api;

import jakarta.annotation.Nullable;

import nl.wsp.matching.instrument.Instrument;
import nl.wsp.matching.instrument.Instrumentsoort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record InstrumentWeergave(UUID id, String partner, Instrumentsoort soort, String naam, @Nullable String voorwaarden,
                                 @Nullable LocalDate geldigVan, @Nullable LocalDate geldigTot, @Nullable Integer maxMaanden, @Nullable BigDecimal maxBedrag) {

    public static InstrumentWeergave van(Instrument i) {
        return new InstrumentWeergave(i.id, i.partner, i.soort, i.naam, i.voorwaarden, i.geldigVan, i.geldigTot,
                i.effectieveMaxMaanden(), i.effectiefMaxBedrag());
    }
}
