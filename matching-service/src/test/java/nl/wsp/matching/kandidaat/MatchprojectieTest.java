package nl.wsp.matching.kandidaat;

import nl.wsp.matching.matchen.Gemeentekaart;
import nl.wsp.matching.matchen.HardeFilters;
import nl.wsp.matching.matchen.Kandidaatprofiel;
import nl.wsp.matching.matchen.Vacatureprofiel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys of the match projection never hide a candidate: whoever the hard mobility filter lets work somewhere holds
 * one of the keys the pre-selection asks for that place, for every pair of municipalities and every kind of mobility.
 */
class MatchprojectieTest {

    static final String BEROEP = "http://data.europa.eu/esco/occupation/test";

    @Test
    void wie_de_mobiliteitsregel_doorlaat_heeft_een_gevraagde_sleutel() {
        List<String> werkplekken = new ArrayList<>(Gemeentekaart.gemeenten());
        werkplekken.add("Utrecht"); // not on the map: only by naming it, or living there
        List<String> woonplaatsen = new ArrayList<>(werkplekken);
        Integer[] afstanden = {null, 0, 3, 5, 7, 12, 20, 33, 61, 99, 149, 151, 400};
        int doorgelaten = 0;
        int tegengehouden = 0;
        for (String werk : werkplekken) {
            int groep = Matchsleutel.verwantschapsgroep(BEROEP, "7212");
            int[] verwant = Voorselectie.plaatsen(werk, (plaats, klasse) -> Matchsleutel.verwant(groep, plaats, klasse));
            int[] bereikbaar = Voorselectie.plaatsen(werk, Matchsleutel::bereikbaar);
            Vacatureprofiel vacature = new Vacatureprofiel(BEROEP, "7212", Set.of(), Set.of(), 0, werk, false, null, "p");
            for (String woon : woonplaatsen) {
                for (Integer km : afstanden) {
                    for (List<String> genoemd : List.of(List.<String>of(), List.of(werk), List.of("Weert"))) {
                        Profiel profiel = new Profiel(null, null, 40, new Profiel.Mobiliteit(km, genoemd), List.of(BEROEP),
                                List.of(), null, null, null, null, null);
                        Matchprojectie m = Matchprojectie.van(woon, List.of(), profiel, uri -> "7212");
                        Kandidaatprofiel k = new Kandidaatprofiel(UUID.randomUUID(), "p", woon, Set.of(BEROEP), Set.of("7212"),
                                Set.of(), Map.of(), null, 40, false, km, Set.copyOf(genoemd), Set.of(), Set.of());
                        if (HardeFilters.afwijzing(vacature, k, false).isEmpty()) {
                            doorgelaten++;
                            assertThat(heeftEen(m.kenmerken(), verwant)).as("%s, %s km, named %s → %s", woon, km, genoemd, werk).isTrue();
                            assertThat(heeftEen(m.kenmerken(), bereikbaar)).isTrue();
                        } else {
                            tegengehouden++;
                        }
                    }
                }
            }
        }
        assertThat(doorgelaten).isGreaterThan(1000);
        assertThat(tegengehouden).isGreaterThan(1000);
    }

    @Test
    void een_kandidaat_zonder_verwant_beroep_heeft_geen_verwante_sleutel() {
        Profiel profiel = new Profiel(null, null, 40, new Profiel.Mobiliteit(60, List.of()), List.of(BEROEP), List.of(), null,
                null, null, null, null);
        Matchprojectie m = Matchprojectie.van("Amersfoort", List.of(), profiel, uri -> "5131");
        int groep = Matchsleutel.verwantschapsgroep(BEROEP, "7212");
        assertThat(heeftEen(m.kenmerken(), Voorselectie.plaatsen("Amersfoort", (plaats, klasse) -> Matchsleutel.verwant(groep, plaats, klasse))))
                .isFalse();
    }

    private static boolean heeftEen(int[] kenmerken, int[] gevraagd) {
        return Arrays.stream(gevraagd).anyMatch(g -> Arrays.stream(kenmerken).anyMatch(k -> k == g));
    }
}
