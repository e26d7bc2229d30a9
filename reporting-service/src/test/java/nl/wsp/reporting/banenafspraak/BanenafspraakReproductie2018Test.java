package nl.wsp.reporting.banenafspraak;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.wsp.reporting.banenafspraak.BanenafspraakRapportageTest.BANENAFSPRAAK;
import static nl.wsp.reporting.banenafspraak.BanenafspraakRapportageTest.nulmeting;
import static nl.wsp.reporting.banenafspraak.BanenafspraakRapportageTest.rapport;
import static nl.wsp.reporting.banenafspraak.BanenafspraakRapportageTest.regel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The region's table "Realisatie banen sociaal akkoord" (banenafspraak-realisation-amersfoort.csv: extra jobs per sector,
 * cumulative since the baseline of the end of 2012) and the 150 found and 88 lost jobs of 2018 Q3
 * (banenafspraak-gained-lost-2018q3-amersfoort.csv), reproduced from placement events: every job gained is a
 * {@code plaatsingen.gerealiseerd.v1} with its sector, every job lost a {@code plaatsingen.beeindigd.v1}. The source gives
 * year-end figures per sector and for 2018 only totals, so the events spread each year's jobs over its months, lose five
 * jobs per sector and year (gained again, so the year's net is the source's), and split 2018 over the sectors in a way
 * the source does not say (the test asserts only the totals there). The baseline counts are not in the source: zero,
 * so the level equals the extra jobs. Then a rebuild replays the topic and changes no number.
 */
@QuarkusTest
class BanenafspraakReproductie2018Test {

    static final Path REALISATIE = Path.of("../data/figures/banenafspraak-realisation-amersfoort.csv");
    static final Path GEVONDEN_VERLOREN = Path.of("../data/figures/banenafspraak-gained-lost-2018q3-amersfoort.csv");

    /** The rows of the source table as the sectors of docs/events.md. */
    static final Map<String, String> SECTOREN = Map.of("Marktsector", "markt", "Overheidssector", "overheid",
            "Inleenverbanden/detacheringen", "inleen-detachering", "Totaal", "totaal");

    static final int VERLIES_PER_JAAR = 5;

    @Test
    void de_banenafspraak_per_sector_tot_2018_geeft_precies_de_tabel_van_de_regio_en_een_herbouw_verandert_geen_getal() throws Exception {
        String regio = TestRegio.nieuw();
        List<String> regels = Files.readAllLines(REALISATIE).stream().filter(r -> !r.isBlank()).toList();
        List<String> kolommen = List.of(regels.get(0).split(",", -1)).subList(1, 6); // 2014Q4 … 2018Q3
        Map<String, String[]> bron = new LinkedHashMap<>();
        for (String r : regels.subList(1, regels.size())) {
            String[] cellen = r.split(",", -1);
            bron.put(SECTOREN.get(cellen[0]), java.util.Arrays.copyOfRange(cellen, 1, 6));
        }
        String[] kwartaal2018 = Files.readAllLines(GEVONDEN_VERLOREN).get(1).split(",");
        int gevonden = Integer.parseInt(kwartaal2018[1]);
        int verloren = Integer.parseInt(kwartaal2018[2]);

        for (String sector : Banenafspraaksector.ALLE) {
            nulmeting(sector, regio, "2012-12-31", 0).statusCode(200);
        }
        Banenafspraakevents events = new Banenafspraakevents();
        Map<String, Deque<LocalDate[]>> lopend = new LinkedHashMap<>();
        Map<String, Deque<UUID>> lopendeIds = new LinkedHashMap<>();
        for (String sector : Banenafspraaksector.ALLE) {
            lopend.put(sector, new ArrayDeque<>());
            lopendeIds.put(sector, new ArrayDeque<>());
            int vorige = 0;
            for (int jaar = 2014; jaar <= 2017; jaar++) {
                String cel = bron.get(sector)[jaar - 2014];
                int cumulatief = cel.isEmpty() ? vorige : Integer.parseInt(cel); // an empty cell: not yet counted, no change
                for (int i = 0; i < cumulatief - vorige; i++) {
                    LocalDate start = LocalDate.of(jaar, 1, 1).plusDays((i * 13L) % 360);
                    lopend.get(sector).add(new LocalDate[]{start});
                    lopendeIds.get(sector).add(events.gerealiseerd(regio, BANENAFSPRAAK, sector, start));
                }
                if (cumulatief > 0) {
                    for (int i = 0; i < VERLIES_PER_JAAR; i++) { // gained in January, lost in December: the year's net unchanged
                        LocalDate start = LocalDate.of(jaar, 1, 10 + i);
                        UUID id = events.gerealiseerd(regio, BANENAFSPRAAK, sector, start);
                        events.beeindigd(id, regio, BANENAFSPRAAK, sector, start, LocalDate.of(jaar, 12, 15));
                    }
                }
                vorige = cumulatief;
            }
        }
        // 2018: the source gives the total only. Q1 and Q2 bring the rest of the growth to the total of Q3 …
        int totaal2017 = Integer.parseInt(bron.get("totaal")[3]);
        int totaal2018 = Integer.parseInt(bron.get("totaal")[4]);
        int rest = totaal2018 - totaal2017 - (gevonden - verloren);
        for (int i = 0; i < rest; i++) {
            events.gerealiseerd(regio, BANENAFSPRAAK, "markt", LocalDate.of(2018, 1, 1).plusDays((i * 7L) % 180));
        }
        // … and Q3 has the 150 found and the 88 lost, split over the sectors as the source does not say
        Map<String, int[]> kwartaal3 = Map.of("markt", new int[]{100, 60}, "overheid", new int[]{20, 10}, "inleen-detachering", new int[]{30, 18});
        assertThat(kwartaal3.values().stream().mapToInt(v -> v[0]).sum()).isEqualTo(gevonden);
        assertThat(kwartaal3.values().stream().mapToInt(v -> v[1]).sum()).isEqualTo(verloren);
        kwartaal3.forEach((sector, v) -> {
            for (int i = 0; i < v[0]; i++) {
                events.gerealiseerd(regio, BANENAFSPRAAK, sector, LocalDate.of(2018, 7, 2).plusDays(i % 85));
            }
            for (int i = 0; i < v[1]; i++) { // jobs of earlier years ending
                UUID id = lopendeIds.get(sector).poll();
                LocalDate start = lopend.get(sector).poll()[0];
                events.beeindigd(id, regio, BANENAFSPRAAK, sector, start, LocalDate.of(2018, 8, 1).plusDays(i % 40));
            }
        });
        int aantal = events.aantal();
        events.verstuur();

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertGelijkAanBron(rapport(regio), kolommen, bron, gevonden, verloren));
        assertThat(aantal).isGreaterThan(1300);

        given().auth().oauth2(Tokens.beheerder()).when().post("/api/v1/rapportages/herbouw").then().statusCode(202);
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(8))
                .untilAsserted(() -> assertGelijkAanBron(rapport(regio), kolommen, bron, gevonden, verloren));
    }

    static void assertGelijkAanBron(JsonPath rapport, List<String> kolommen, Map<String, String[]> bron, int gevonden, int verloren) {
        bron.forEach((sector, cellen) -> {
            for (int k = 0; k < kolommen.size(); k++) {
                if (cellen[k].isEmpty()) {
                    continue; // the source has no figure here
                }
                String kwartaal = kolommen.get(k).replace("Q", "-K");
                JsonPath r = regel(rapport, kwartaal, sector);
                assertThat(r.getInt("extraTovNulmeting")).as(sector + " × " + kolommen.get(k)).isEqualTo(Integer.parseInt(cellen[k]));
                assertThat(r.getInt("niveau")).as(sector + " × " + kolommen.get(k) + " level").isEqualTo(Integer.parseInt(cellen[k]));
            }
        });
        assertThat(regel(rapport, "2018-K3", "totaal").getInt("gewonnen")).isEqualTo(gevonden);
        assertThat(regel(rapport, "2018-K3", "totaal").getInt("verloren")).isEqualTo(verloren);
        assertThat(regel(rapport, "2018-K3", "totaal").getInt("netto")).isEqualTo(gevonden - verloren);
    }
}
