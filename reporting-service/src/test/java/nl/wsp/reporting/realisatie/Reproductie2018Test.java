package nl.wsp.reporting.realisatie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.wsp.reporting.TestRegio;
import nl.wsp.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "done when" of issue 7: the 664 placements of placements-2018-amersfoort.csv, one nl.werkgeversdienstverlening.plaatsingen.gerealiseerd.v1
 * event each on the real Kafka topic, give back exactly that table; the totals line is computed from the cells. Then a
 * rebuild replays the topic from the beginning and changes no number, and a second rebuild neither.
 */
@QuarkusTest
class Reproductie2018Test {

    static final Path CSV = Path.of("../data/figures/placements-2018-amersfoort.csv");

    /** The columns of the source table as target-group codes of docs/events.md plus the "met IBA" flag. */
    static final Map<String, List<String>> DOELGROEPEN = new LinkedHashMap<>();

    static {
        DOELGROEPEN.put("WW", List.of("ww"));
        DOELGROEPEN.put("WW DSP", List.of("ww-dsp"));
        DOELGROEPEN.put("Wajong", List.of("wajong"));
        DOELGROEPEN.put("WGA", List.of("wia-wga"));
        DOELGROEPEN.put("Mogelijk Bijstand", List.of("mogelijk-bijstand"));
        DOELGROEPEN.put("Bijstand", List.of("bijstand"));
        DOELGROEPEN.put("NUG", List.of("nug"));
        DOELGROEPEN.put("Mogelijk Bijstand met IBA", List.of("mogelijk-bijstand", "met-iba"));
        DOELGROEPEN.put("Bijstand met IBA", List.of("bijstand", "met-iba"));
        DOELGROEPEN.put("NUG met IBA", List.of("nug", "met-iba"));
        DOELGROEPEN.put("WW/WGA met IBA", List.of("wia-wga", "met-iba"));
        DOELGROEPEN.put("Onbekend met IBA", List.of("met-iba"));
        DOELGROEPEN.put("Onbekend", List.of());
        DOELGROEPEN.put("Overig", List.of("wao"));
    }

    static final List<String> BUITEN_REGIO = List.of("Utrecht", "Ede", "Barneveld", "Zeist", "Hilversum");

    @Test
    void de_664_plaatsingen_van_2018_geven_precies_de_tabel_van_de_regio_en_een_herbouw_verandert_geen_getal() throws Exception {
        String regio = TestRegio.nieuw();
        List<String> regels = Files.readAllLines(CSV);
        List<String> kop = List.of(regels.get(0).split(","));
        List<String[]> bron = regels.subList(1, regels.size()).stream().filter(r -> !r.isBlank()).map(r -> r.split(",")).toList();

        List<Map.Entry<String, String>> events = new ArrayList<>();
        int n = 0;
        for (String[] rij : bron) {
            String gemeente = rij[0];
            for (int k = 2; k < kop.size(); k++) {
                for (int i = 0; i < Integer.parseInt(rij[k]); i++, n++) {
                    String woonplaats = gemeente.equals("Buiten regio") ? BUITEN_REGIO.get(n % BUITEN_REGIO.size()) : gemeente;
                    String partner = kop.get(k).startsWith("W") ? "uwv-amersfoort"
                            : gemeente.equals("Buiten regio") ? "amfors" : "gemeente-" + gemeente.toLowerCase();
                    UUID plaatsingId = UUID.randomUUID();
                    LocalDate start = LocalDate.of(2018, 1, 1).plusDays((n * 11L) % 365);
                    events.add(Map.entry(plaatsingId.toString(), Plaatsingen.gerealiseerd(UUID.randomUUID().toString(), plaatsingId, partner,
                            woonplaats, regio, DOELGROEPEN.get(kop.get(k)), start)));
                }
            }
        }
        assertThat(events).hasSize(664);
        Plaatsingen.verstuur(Plaatsingen.TOPIC, events);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> tabel(regio).getInt("totaal.totaal") == 664);
        JsonPath tabel = tabel(regio);
        assertGelijkAanBron(tabel, kop, bron);
        assertThat(tabel.getInt("totaal.totaal")).isEqualTo(664);
        // the source's own totals row says 5 and 21 here; computed from the cells it is 4 and 22
        assertThat(tabel.getInt("totaal.aantallen.onbekend-met-iba")).isEqualTo(4);
        assertThat(tabel.getInt("totaal.aantallen.onbekend")).isEqualTo(22);

        String csv = given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2018).queryParam("formaat", "csv")
                .when().get("/api/v1/rapportages/plaatsingen").then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> csvRegels = List.of(csv.split("\r\n"));
        assertThat(csvRegels.get(0)).isEqualTo("gemeente," + String.join(",", kop.subList(1, kop.size())));
        for (String bronregel : regels.subList(1, regels.size())) {
            assertThat(csvRegels).contains(bronregel);
        }
        assertThat(csvRegels.get(csvRegels.size() - 1)).isEqualTo("Totaal,664,202,9,45,26,7,228,43,3,51,16,6,4,22,2");

        for (int keer = 1; keer <= 2; keer++) {
            given().auth().oauth2(Tokens.beheerder()).when().post("/api/v1/rapportages/herbouw").then().statusCode(202);
            await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(1)).during(Duration.ofSeconds(8))
                    .untilAsserted(() -> assertGelijkAanBron(tabel(regio), kop, bron));
        }
    }

    static JsonPath tabel(String regio) {
        return given().auth().oauth2(Tokens.dashboard()).queryParam("regio", regio).queryParam("jaar", 2018)
                .when().get("/api/v1/rapportages/plaatsingen").then().statusCode(200).extract().jsonPath();
    }

    static void assertGelijkAanBron(JsonPath tabel, List<String> kop, List<String[]> bron) {
        List<String> codes = tabel.getList("kolommen.code");
        List<String> namen = tabel.getList("kolommen.naam");
        assertThat(namen).isEqualTo(kop.subList(2, kop.size()));
        for (String[] rij : bron) {
            String pad = "rijen.find { it.naam == '" + rij[0] + "' }";
            assertThat(tabel.getInt(pad + ".totaal")).as(rij[0] + " total").isEqualTo(Integer.parseInt(rij[1]));
            for (int k = 2; k < kop.size(); k++) {
                assertThat(tabel.getInt(pad + ".aantallen.'" + codes.get(k - 2) + "'")).as(rij[0] + " × " + kop.get(k))
                        .isEqualTo(Integer.parseInt(rij[k]));
            }
        }
        for (int k = 2; k < kop.size(); k++) {
            int som = 0;
            for (String[] rij : bron) {
                som += Integer.parseInt(rij[k]);
            }
            assertThat(tabel.getInt("totaal.aantallen.'" + codes.get(k - 2) + "'")).as("Totaal × " + kop.get(k)).isEqualTo(som);
        }
    }
}
