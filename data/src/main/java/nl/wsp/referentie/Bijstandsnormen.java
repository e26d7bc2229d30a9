package nl.wsp.referentie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The net monthly social-assistance norm for a single person aged 21 to the state-pension age, including the holiday
 * allowance ({@code data/referentie/bijstandsnormen.csv}; its README gives the sources), per date it took effect.
 */
public final class Bijstandsnormen {

    static final String BESTAND = "/wsp/referentie/bijstandsnormen.csv";

    public record Norm(LocalDate ingangsdatum, BigDecimal nettoPerMaand, String bron) {
    }

    private static final List<Norm> ALLE = Csv.lees(BESTAND, List.of("ingangsdatum", "netto_per_maand", "omschrijving", "bron")).stream()
            .map(v -> new Norm(LocalDate.parse(v.get(0)), new BigDecimal(v.get(1)), v.get(3))).toList();

    static {
        for (int i = 1; i < ALLE.size(); i++) {
            if (!ALLE.get(i).ingangsdatum().isAfter(ALLE.get(i - 1).ingangsdatum())) {
                throw new IllegalStateException(BESTAND + ": the dates must rise, row " + (i + 2));
            }
        }
    }

    private Bijstandsnormen() {
    }

    public static List<Norm> alle() {
        return ALLE;
    }

    /** The norm in force on this day: the latest that took effect on or before it; empty before the first. */
    public static Optional<Norm> op(LocalDate dag) {
        Norm gevonden = null;
        for (Norm n : ALLE) {
            if (!n.ingangsdatum().isAfter(dag)) {
                gevonden = n;
            }
        }
        return Optional.ofNullable(gevonden);
    }
}
