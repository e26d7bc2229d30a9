package nl.wsp.reporting.indicatordoel.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "De sectorplannen (marktbewerkingsplannen) van een regio en jaar, elk met doel en realisatie per indicator")
public record Sectorplannen(@Schema(examples = "Midden-Brabant") String regio, @Schema(examples = "2026") int jaar, List<Sectorplan> plannen) {

    public record Sectorplan(@Schema(examples = "logistiek") String sector, List<Indicatorrealisatie.Indicatorregel> indicatoren) {
    }
}
