package nl.wsp.matching.kandidaat;

import nl.wsp.matching.matchen.regels.Matchsleutel;
import nl.wsp.matching.matchen.Gemeentekaart;
import nl.wsp.referentie.Arbeidsmarktregios;
import nl.wsp.matching.matchen.HardeFilters;
import nl.wsp.matching.matchen.regels.Kandidaatprofiel;
import nl.wsp.matching.matchen.regels.Vacatureprofiel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys of the match projection answer the hard mobility filter exactly: a candidate holds the key the
 * pre-selection asks for a place precisely when {@code HardeFilters} lets them work there — for every pair of
 * municipalities and every kind of mobility. So the pre-selection neither hides anyone nor reads anyone it must drop.
 */
class MatchprojectieTest {

    static final String BEROEP = "http://data.europa.eu/esco/occupation/test";

    @Test
    void de_sleutels_zijn_precies_de_mobiliteitsregel() {
        // the four seed regions whole, and every 25th other municipality of the map (342 × 342 would take minutes)
        List<String> werkplekken = new ArrayList<>();
        List<Arbeidsmarktregios.Gemeente> kaart = Arbeidsmarktregios.gemeenten();
        for (int i = 0; i < kaart.size(); i++) {
            Arbeidsmarktregios.Gemeente g = kaart.get(i);
            if (Set.of("Amersfoort", "Gooi en Vechtstreek", "Midden-Limburg", "Midden-Brabant").contains(g.regio()) || i % 25 == 0) {
                werkplekken.add(g.naam());
            }
        }
        assertThat(werkplekken).hasSizeGreaterThan(40).allMatch(Gemeentekaart.gemeenten()::contains);
        werkplekken.add("Atlantis"); // not on the map: only by naming it, or living there
        List<String> woonplaatsen = new ArrayList<>(werkplekken);
        Integer[] afstanden = {null, -1, 0, 3, 5, 7, 12, 20, 33, 61, 99, 149, 151, 400};
        int doorgelaten = 0;
        int tegengehouden = 0;
        for (String werk : werkplekken) {
            int groep = Matchsleutel.verwantschapsgroep(BEROEP, "7212");
            int verwant = Matchsleutel.verwant(groep, werk);
            int bereikbaar = Matchsleutel.bereikbaar(werk);
            Vacatureprofiel vacature = new Vacatureprofiel(BEROEP, "7212", Set.of(), Set.of(), 0, werk, false, null, "p");
            for (String woon : woonplaatsen) {
                for (Integer km : afstanden) {
                    for (List<String> genoemd : List.of(List.<String>of(), List.of(werk), List.of("Weert"))) {
                        Profiel profiel = new Profiel(null, null, 40, new Profiel.Mobiliteit(km, genoemd), List.of(BEROEP),
                                List.of(), null, null, null, null, null);
                        Matchprojectie m = Matchprojectie.van(woon, List.of(), profiel, uri -> "7212");
                        Kandidaatprofiel k = new Kandidaatprofiel(UUID.randomUUID(), "p", woon, Set.of(BEROEP), Set.of("7212"),
                                Set.of(), Map.of(), null, 40, false, km, Set.copyOf(genoemd), Set.of(), Set.of());
                        boolean mag = HardeFilters.afwijzing(vacature, k, false).isEmpty();
                        String geval = String.format("%s, %s km, named %s → %s", woon, km, genoemd, werk);
                        assertThat(heeft(m.kenmerken(), verwant)).as(geval).isEqualTo(mag);
                        assertThat(heeft(m.kenmerken(), bereikbaar)).as(geval).isEqualTo(mag);
                        if (mag) {
                            doorgelaten++;
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
        assertThat(heeft(m.kenmerken(), Matchsleutel.verwant(groep, "Amersfoort"))).isFalse();
        assertThat(heeft(m.kenmerken(), Matchsleutel.bereikbaar("Amersfoort"))).isTrue();
    }

    private static boolean heeft(int[] kenmerken, int sleutel) {
        return Arrays.stream(kenmerken).anyMatch(k -> k == sleutel);
    }
}
