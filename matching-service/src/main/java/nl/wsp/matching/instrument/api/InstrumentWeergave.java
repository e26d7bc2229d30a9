package nl.wsp.matching.instrument.api;

import nl.wsp.matching.instrument.Instrument;
import nl.wsp.matching.instrument.Instrumentsoort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record InstrumentWeergave(UUID id, String partner, Instrumentsoort soort, String naam, String voorwaarden,
                                 LocalDate geldigVan, LocalDate geldigTot, Integer maxMaanden, BigDecimal maxBedrag) {

    public static InstrumentWeergave van(Instrument i) {
        return new InstrumentWeergave(i.id, i.partner, i.soort, i.naam, i.voorwaarden, i.geldigVan, i.geldigTot,
                i.effectieveMaxMaanden(), i.effectiefMaxBedrag());
    }
}
