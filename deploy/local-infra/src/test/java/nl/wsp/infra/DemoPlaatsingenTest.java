package nl.wsp.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year of demo placements (deploy/demo/amersfoort/47-plaatsingen-over-een-jaar.json, docs/adr/0044) the generator
 * turns into demo steps: the same every time, spread over twelve months that start on the seed day (the API refuses a
 * start before the proposal), some of them ending, every variable saved before it is used.
 */
class DemoPlaatsingenTest {

    private static final Path DEMO = Path.of("..", "demo", "amersfoort");
    private static final LocalDate ZAAIDAG = LocalDate.of(2026, 12, 4);
    private static final Pattern VARIABELE = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode beschrijving() throws Exception {
        return json.readTree(DEMO.resolve("47-plaatsingen-over-een-jaar.json").toFile()).get(0);
    }

    @Test
    void dezelfde_beschrijving_en_zaaidag_geven_dezelfde_stappen() throws Exception {
        assertEquals(new DemoPlaatsingen().stappen(beschrijving(), ZAAIDAG), new DemoPlaatsingen().stappen(beschrijving(), ZAAIDAG));
    }

    @Test
    void een_jaar_plaatsingen_over_elke_maand_geen_start_voor_de_zaaidag_en_een_deel_eindigt() throws Exception {
        List<JsonNode> stappen = new DemoPlaatsingen().stappen(beschrijving(), ZAAIDAG);
        List<JsonNode> plaatsingen = stappen.stream().filter(s -> s.path("path").asText().equals("/api/v1/plaatsingen")).toList();
        assertTrue(plaatsingen.size() >= 80 && plaatsingen.size() <= 150, plaatsingen.size() + " plaatsingen");
        Map<YearMonth, Long> perMaand = new TreeMap<>(plaatsingen.stream().map(s -> LocalDate.parse(s.path("body").path("startdatum").asText()))
                .peek(d -> assertFalse(d.isBefore(ZAAIDAG), d + " ligt voor de zaaidag"))
                .peek(d -> assertTrue(d.isBefore(ZAAIDAG.plusYears(1)), d + " ligt meer dan een jaar na de zaaidag"))
                .collect(Collectors.groupingBy(YearMonth::from, Collectors.counting())));
        assertTrue(perMaand.size() >= 12, "maanden: " + perMaand);
        long beeindigd = stappen.stream().filter(s -> s.path("path").asText().endsWith("/beeindiging")).count();
        assertTrue(beeindigd > plaatsingen.size() / 10 && beeindigd < plaatsingen.size() / 2, beeindigd + " beëindigd");
        long banenafspraak = stappen.stream().filter(s -> s.path("path").asText().equals("/api/v1/kandidaten"))
                .flatMap(s -> Stream.of(s.path("body").path("kandidaten")).flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false)))
                .filter(k -> k.path("doelgroepen").toString().contains("banenafspraak")).count();
        assertTrue(banenafspraak > 5, banenafspraak + " banenafspraak");
        long metSector = plaatsingen.stream().filter(s -> s.path("body").has("banenafspraakSector")).count();
        assertEquals(banenafspraak, metSector, "every Banenafspraak placement names its sector (ADR 0045), no other does");
        assertEquals(7, stappen.stream().filter(s -> s.path("path").asText().equals("/api/v1/doelstellingen")
                && s.path("body").path("jaar").asInt() == 2027).count(), "de doelen van het jaar met de meeste plaatsingen");
    }

    @Test
    void elke_variabele_is_bewaard_voor_ze_gebruikt_wordt() throws Exception {
        Set<String> bewaard = new HashSet<>();
        try (Stream<Path> bestanden = Files.list(DEMO)) {
            for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode stap : json.readTree(bestand.toFile())) {
                    for (JsonNode een : stap.has("generate") ? new DemoPlaatsingen().stappen(stap, ZAAIDAG) : List.of(stap)) {
                        Matcher m = VARIABELE.matcher(een.toString());
                        while (m.find()) {
                            assertTrue(bewaard.contains(m.group(1)), bestand.getFileName() + " gebruikt ${" + m.group(1) + "} voor het bewaard is");
                        }
                        een.path("save").fieldNames().forEachRemaining(bewaard::add);
                    }
                }
            }
        }
    }

    @Test
    void een_onbekende_generator_is_een_fout() {
        JsonNode stap = json.createObjectNode().put("generate", "iets-anders");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> DemoData.expand(stap));
    }
}
