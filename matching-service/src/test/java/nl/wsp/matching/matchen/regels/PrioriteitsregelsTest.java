package nl.wsp.matching.matchen.regels;

import nl.wsp.matching.matchen.regels.Prioriteitsregels.Kandidaat;
import nl.wsp.matching.matchen.regels.Prioriteitsregels.Rangorde;
import nl.wsp.matching.matchen.regels.Prioriteitsregels.Verschuiving;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PrioriteitsregelsTest {

    static Kandidaat kandidaat(String partner, double score, Set<String> doelgroepen, Set<String> kwetsbaarheden) {
        return new Kandidaat(UUID.randomUUID(), partner, score, doelgroepen, kwetsbaarheden);
    }

    static List<UUID> volgorde(Rangorde rangorde) {
        return rangorde.plekken().stream().map(p -> p.kandidaat().id()).toList();
    }

    @Test
    void een_kwetsbare_kandidaat_gaat_voor_bij_vergelijkbare_geschiktheid() {
        Kandidaat ww = kandidaat("uwv-amersfoort", 83.0, Set.of("ww"), Set.of());
        Kandidaat banenafspraak = kandidaat("gemeente-soest", 81.5, Set.of("banenafspraak"), Set.of());

        Rangorde rangorde = Prioriteitsregels.rangschik(List.of(ww, banenafspraak), Map.of());

        assertThat(volgorde(rangorde)).containsExactly(banenafspraak.id(), ww.id());
        assertThat(rangorde.regelsVersie()).isEqualTo("prioriteit-v1");
        assertThat(rangorde.plekken().get(0).kwetsbaar()).isTrue();
        assertThat(rangorde.plekken().get(0).verschuivingen())
                .containsExactly(new Verschuiving(Prioriteitsregels.REGEL_KWETSBAAR, ww.id()));
        assertThat(rangorde.plekken().get(1).verschuivingen()).isEmpty();
    }

    @Test
    void een_vijftigplusser_telt_ook_als_kwetsbaar() {
        Kandidaat jong = kandidaat("uwv-amersfoort", 71.0, Set.of("ww"), Set.of());
        Kandidaat vijftigPlus = kandidaat("uwv-amersfoort", 70.0, Set.of("ww"), Set.of("50-plus"));

        assertThat(volgorde(Prioriteitsregels.rangschik(List.of(jong, vijftigPlus), Map.of())))
                .containsExactly(vijftigPlus.id(), jong.id());
    }

    @Test
    void kwetsbaarheid_haalt_een_veel_geschiktere_kandidaat_niet_in() {
        Kandidaat geschikt = kandidaat("uwv-amersfoort", 90.0, Set.of("ww"), Set.of());
        Kandidaat kwetsbaar = kandidaat("gemeente-amersfoort", 70.0, Set.of("wajong"), Set.of());

        Rangorde rangorde = Prioriteitsregels.rangschik(List.of(kwetsbaar, geschikt), Map.of());

        assertThat(volgorde(rangorde)).containsExactly(geschikt.id(), kwetsbaar.id());
        assertThat(rangorde.plekken()).allSatisfy(p -> assertThat(p.verschuivingen()).isEmpty());
    }

    @Test
    void bij_gelijke_geschiktheid_gaat_de_kandidaat_van_de_partner_met_de_grootste_achterstand_voor() {
        Kandidaat baarn = kandidaat("gemeente-baarn", 80.4, Set.of("bijstand"), Set.of());
        Kandidaat nijkerk = kandidaat("gemeente-nijkerk", 80.2, Set.of("bijstand"), Set.of());
        Map<String, Double> achterstand = Map.of("gemeente-baarn", 2.0, "gemeente-nijkerk", 12.0);

        Rangorde rangorde = Prioriteitsregels.rangschik(List.of(baarn, nijkerk), achterstand);

        assertThat(volgorde(rangorde)).containsExactly(nijkerk.id(), baarn.id());
        assertThat(rangorde.plekken().get(0).achterstandPartner()).isEqualTo(12.0);
        assertThat(rangorde.plekken().get(0).verschuivingen())
                .containsExactly(new Verschuiving(Prioriteitsregels.REGEL_SOLIDARITEIT, baarn.id()));
    }

    @Test
    void solidariteit_beslist_alleen_tussen_even_geschikte_kandidaten() {
        Kandidaat geschikter = kandidaat("gemeente-baarn", 82.0, Set.of("bijstand"), Set.of());
        Kandidaat achterstandspartner = kandidaat("gemeente-nijkerk", 80.6, Set.of("bijstand"), Set.of());

        Rangorde rangorde = Prioriteitsregels.rangschik(List.of(achterstandspartner, geschikter),
                Map.of("gemeente-nijkerk", 40.0));

        assertThat(volgorde(rangorde)).containsExactly(geschikter.id(), achterstandspartner.id());
    }

    @Test
    void bij_exact_gelijke_geschiktheid_noemt_de_uitleg_de_regel_die_besliste_wat_de_ids_ook_zijn() {
        for (int i = 0; i < 20; i++) {
            Kandidaat gewoon = kandidaat("uwv-amersfoort", 75.0, Set.of("ww"), Set.of());
            Kandidaat kwetsbaar = kandidaat("uwv-amersfoort", 75.0, Set.of("wia-wga"), Set.of());

            Rangorde rangorde = Prioriteitsregels.rangschik(List.of(gewoon, kwetsbaar), Map.of());

            assertThat(volgorde(rangorde)).containsExactly(kwetsbaar.id(), gewoon.id());
            assertThat(rangorde.plekken().get(0).verschuivingen())
                    .containsExactly(new Verschuiving(Prioriteitsregels.REGEL_KWETSBAAR, gewoon.id()));
        }
    }

    @Test
    void zonder_regels_die_iets_verschuiven_is_de_volgorde_die_van_de_geschiktheid() {
        Kandidaat a = kandidaat("p", 95.0, Set.of("ww"), Set.of());
        Kandidaat b = kandidaat("p", 64.0, Set.of("ww"), Set.of());
        Kandidaat c = kandidaat("p", 77.0, Set.of("ww"), Set.of());

        assertThat(volgorde(Prioriteitsregels.rangschik(List.of(b, c, a), Map.of()))).containsExactly(a.id(), c.id(), b.id());
    }
}
