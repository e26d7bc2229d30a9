package nl.wsp.matching.instrument.api;

import jakarta.annotation.Nullable;
import nl.wsp.matching.instrument.Instrumentsoort;
import nl.wsp.matching.instrument.Menukaartregel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A region's menu: its lines by kind (no lines: the region has no menu and the partners' catalogues govern). */
public record MenukaartWeergave(@Schema(examples = "Midden-Brabant") String regio, List<Regel> regels) {

    public record Regel(@Schema(examples = "jobcoaching") Instrumentsoort soort, @Schema(examples = "true") boolean aangeboden,
                        @Nullable @Schema(examples = "24") Integer maxMaanden, @Nullable BigDecimal maxBedrag,
                        @Schema(examples = "5b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e") String vastgesteldDoor,
                        @Schema(examples = "2031-01-05T09:00:00Z") Instant vastgesteldOp) {

        public static Regel van(Menukaartregel r) {
            return new Regel(r.soort(), r.aangeboden(), r.maxMaanden(), r.maxBedrag(), r.vastgesteldDoor(), r.vastgesteldOp());
        }
    }

    public static MenukaartWeergave van(String regio, List<Menukaartregel> regels) {
        return new MenukaartWeergave(regio, regels.stream().map(Regel::van).toList());
    }
}
