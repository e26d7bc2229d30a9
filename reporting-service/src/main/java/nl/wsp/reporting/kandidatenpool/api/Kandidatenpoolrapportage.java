package nl.wsp.reporting.kandidatenpool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.wsp.reporting.platform.CsvTabel;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate pool of a region (issue 18 item 5; source 002: "ongeveer 3000 beschikbare werkzoekenden vanuit de WW.
 * Daarnaast zijn er vanuit de bijstand ongeveer 500 personen werkfit en vanuit de doelgroep Banenafspraak ongeveer 150"):
 * the available candidates of the region's partners now, per main target group, partner, municipality of residence and
 * age band, each table with the same total; {@code banenafspraak} across the main groups. Counts below {@code k} are
 * suppressed, and so is what would give one back by subtraction (docs/adr/0043).
 */
public record Kandidatenpoolrapportage(@Schema(examples = "Amersfoort") String regio,
                                       @Schema(examples = "5", description = "De drempel: geen aantal kleiner dan k wordt getoond") int k,
                                       Telling totaal,
                                       @Schema(description = "Waarvan in de doelgroep Banenafspraak (telt ook onder een hoofddoelgroep)") Telling banenafspraak,
                                       @Schema(description = "Per hoofddoelgroep (de regel van de plaatsingen); samen het totaal") List<Telling> perDoelgroep,
                                       @Schema(description = "Per partner van de regio die kandidaten heeft; samen het totaal") List<Telling> perPartner,
                                       @Schema(description = "Per woongemeente van de regio, dan `Buiten regio`; samen het totaal") List<Telling> perGemeente,
                                       @Schema(description = "Per leeftijdsband (`tot-27`, `27-49`, `50-plus`, `onbekend`); samen het totaal") List<Telling> perLeeftijdsband)
        implements CsvTabel {

    /** One line per cell, with the table it belongs to; a suppressed count is an empty cell, as in the JSON a null. */
    @Override
    public List<List<Object>> csvRegels() {
        List<List<Object>> regels = new ArrayList<>();
        regels.add(List.of("tabel", "code", "aantal", "onderdrukt"));
        regel(regels, "totaal", totaal);
        regel(regels, "banenafspraak", banenafspraak);
        perDoelgroep.forEach(t -> regel(regels, "doelgroep", t));
        perPartner.forEach(t -> regel(regels, "partner", t));
        perGemeente.forEach(t -> regel(regels, "gemeente", t));
        perLeeftijdsband.forEach(t -> regel(regels, "leeftijdsband", t));
        return regels;
    }

    private static void regel(List<List<Object>> regels, String tabel, Telling t) {
        List<Object> regel = new ArrayList<>(List.of(tabel, t.code()));
        regel.add(t.aantal());
        regel.add(t.onderdrukt());
        regels.add(regel);
    }
}
