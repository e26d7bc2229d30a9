package nl.wsp.reporting.team.api;

import jakarta.annotation.Nullable;
import nl.wsp.platform.logboek.Betrokkene;
import nl.wsp.reporting.platform.CsvTabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The operational report per adviser of a region (issue 17 item 4): personal data of the advisers (their work), so every
 * adviser it names is logged in the processing log; an adviser sees only their own row.
 */
public record Adviseursrapportage(@Schema(examples = "Midden-Limburg") String regio, @Schema(examples = "2026-10-01") LocalDate van,
                                  @Schema(examples = "2027-01-01") LocalDate tot,
                                  @Schema(examples = "2026-12-03", description = "De dag waarop de verlopen vervolgafspraken zijn bepaald: het einde van de periode, of vandaag als dat eerder is") LocalDate peildatum,
                                  List<Rij> adviseurs) implements CsvTabel {

    public record Rij(@Schema(examples = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d") @Betrokkene(soort = "adviseur") UUID adviseurId,
                      @Nullable @Schema(examples = "5e1f7a3c-2b9d-4c8e-a6f0-3d7b9e1c5a24", description = "Het team waar de adviseur nu bij hoort; afwezig als geen") UUID teamId,
                      Werkcijfers cijfers) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        List<Object> kop = new ArrayList<>(List.of("adviseurId", "teamId"));
        kop.addAll(Werkcijfers.csvKoppen());
        regels.add(kop);
        for (Rij r : adviseurs) {
            List<Object> regel = new ArrayList<>();
            regel.add(r.adviseurId().toString());
            regel.add(r.teamId() == null ? "" : r.teamId().toString());
            regel.addAll(r.cijfers().csvCellen());
            regels.add(regel);
        }
        return regels;
    }
}
