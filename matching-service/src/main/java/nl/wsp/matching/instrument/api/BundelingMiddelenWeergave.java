package nl.wsp.matching.instrument.api;

import nl.wsp.matching.instrument.Instrumentsoort;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The monthly report Bundeling Middelen of one region and year (seed 004: "Monitoring via maandelijks rapportage
 * Bundeling Middelen"): per month what each municipality deposited, what the fund paid per instrument kind and per home
 * municipality of the candidates, and the balance at the month's end. Sums only: no candidate, no deployment, no person.
 */
public record BundelingMiddelenWeergave(@Schema(examples = "Midden-Brabant") String regio,
                                        @Schema(examples = "2027") int jaar,
                                        List<Maand> maanden) {

    /** One month (in Europe/Amsterdam) that has begun. Deposits and payments from before issue 18 may lack a municipality: "onbekend". */
    public record Maand(@Schema(examples = "2027-01") String maand,
                        @Schema(examples = "62500.00") BigDecimal ingelegd,
                        List<GemeenteBedrag> inlegPerGemeente,
                        @Schema(examples = "2000.00") BigDecimal besteed,
                        List<SoortBedrag> besteedPerSoort,
                        List<GemeenteBedrag> besteedPerGemeente,
                        @Schema(examples = "60500.00") BigDecimal saldoEindeMaand) {
    }

    public record GemeenteBedrag(@Schema(examples = "Tilburg") String gemeente, @Schema(examples = "62500.00") BigDecimal bedrag) {
    }

    public record SoortBedrag(@Schema(examples = "werkplekaanpassing") Instrumentsoort soort, @Schema(examples = "2000.00") BigDecimal bedrag) {
    }
}
