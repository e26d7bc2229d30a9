package nl.wsp.reporting.team.api;

import jakarta.annotation.Nullable;
import nl.wsp.reporting.platform.CsvTabel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The operational report per unit of a region (issue 17 item 4): each unit's figures, a fact counted for the unit its
 * adviser belonged to at the fact's moment; advisers in no unit then are the row without {@code teamId}. Aggregates only.
 */
public record Teamrapportage(@Schema(examples = "Midden-Limburg") String regio, @Schema(examples = "2026-10-01") LocalDate van,
                             @Schema(examples = "2027-01-01") LocalDate tot,
                             @Schema(examples = "2026-12-03", description = "De dag waarop de verlopen vervolgafspraken zijn bepaald: het einde van de periode, of vandaag als dat eerder is") LocalDate peildatum,
                             List<Rij> teams) implements CsvTabel {

    public record Rij(@Nullable @Schema(examples = "5e1f7a3c-2b9d-4c8e-a6f0-3d7b9e1c5a24", description = "Afwezig voor wat adviseurs deden toen ze bij geen team hoorden") UUID teamId,
                      @Schema(examples = "Uitvoeringseenheid Weert") String naam, Werkcijfers cijfers) {
    }

    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        List<Object> kop = new ArrayList<>(List.of("teamId", "team"));
        kop.addAll(Werkcijfers.csvKoppen());
        regels.add(kop);
        for (Rij r : teams) {
            List<Object> regel = new ArrayList<>();
            regel.add(r.teamId() == null ? "" : r.teamId().toString());
            regel.add(r.naam());
            regel.addAll(r.cijfers().csvCellen());
            regels.add(regel);
        }
        return regels;
    }
}
