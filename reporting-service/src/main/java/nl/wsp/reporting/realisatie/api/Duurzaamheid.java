package nl.wsp.reporting.realisatie.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

import nl.wsp.reporting.platform.CsvTabel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Durability (after-care, domain rule 10): of the placements started in a month, how many ended within six months, and
 * of those how many went straight to other work (the work-to-work outcome, seed 002: "ook als een succes wordt gezien"),
 * which count as durable: {@code percentageDuurzaam} = (gestart − beeindigdBinnenZesMaanden + waarvanNaarAnderWerk) / gestart.
 */
public record Duurzaamheid(@Schema(examples = "Amersfoort") String regio, @Schema(examples = "2026") int jaar, List<Rij> rijen, Rij totaal) implements CsvTabel {

    public record Rij(@Schema(examples = "2026-03") String startmaand, @Schema(examples = "12") int gestart, @Schema(examples = "2") int beeindigdBinnenZesMaanden,
                      @Schema(description = "Van de binnen zes maanden beëindigde: rechtstreeks naar ander werk (telt als duurzaam)", examples = "1") int waarvanNaarAnderWerk,
                      @Schema(examples = "1") int beeindigdLater, @Nullable @Schema(examples = "91.7") BigDecimal percentageDuurzaam) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("startmaand", "gestart", "beeindigdBinnenZesMaanden", "waarvanNaarAnderWerk", "beeindigdLater", "percentageDuurzaam"));
        List<Rij> alle = new ArrayList<>(rijen);
        alle.add(totaal);
        for (Rij r : alle) {
            List<Object> regel = new ArrayList<>(List.of(r.startmaand(), r.gestart(), r.beeindigdBinnenZesMaanden(), r.waarvanNaarAnderWerk(),
                    r.beeindigdLater()));
            regel.add(r.percentageDuurzaam());
            regels.add(regel);
        }
        return regels;
    }
}
