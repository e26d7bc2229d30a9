package nl.wsp.matching.matchen.regels;

import nl.wsp.matching.matchen.regels.Prioriteitsregels.Doelstand;
import nl.wsp.matching.matchen.regels.Prioriteitsregels.Kandidaat;
import nl.wsp.matching.matchen.regels.Prioriteitsregels.Rangorde;
import nl.wsp.matching.matchen.regels.Prioriteitsregels.Solidariteit;
import nl.wsp.matching.matchen.regels.Prioriteitsregels.Verschuiving;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of {@code prioriteit-v2} (ADR 0027), each beside what {@code prioriteit-v1} does with the same input, with
 * the figures of the source documents: Midden-Limburg's targets (seed 003: "200 mensen … van de gemeenten en Westrom",
 * "380" for UWV, "Werk.Kom: 140", "230 garantiebanen … over 2014-2016") and Amersfoort's 2019 targets
 * (data/figures/wsp-targets-2019-amersfoort.csv).
 */
class PrioriteitsregelsV2Test {

    static final LocalDate EIND_2015 = LocalDate.of(2015, 12, 31);
    static final LocalDate HALF_2019 = LocalDate.of(2019, 7, 2); // day 183 of 365

    static Kandidaat kandidaat(String partner, double score, String woongemeente, Set<String> doelgroepen) {
        return new Kandidaat(UUID.randomUUID(), partner, score, woongemeente, doelgroepen, Set.of());
    }

    static Doelstand partnerdoel(String partner, int jaar, int doel, int gerealiseerd) {
        return new Doelstand(Set.of(partner), Set.of(), "alle", jaar, jaar, doel, gerealiseerd);
    }

    static Rangorde v2(List<Kandidaat> kandidaten, List<Doelstand> doelen, LocalDate vandaag) {
        return Prioriteitsregels.rangschik(Prioriteitsregels.VERSIE_V2, kandidaten, new Solidariteit(Map.of(), doelen, vandaag),
                kandidaten.size());
    }

    static List<UUID> volgorde(Rangorde rangorde) {
        return rangorde.plekken().stream().map(p -> p.kandidaat().id()).toList();
    }

    @Test
    void regel_5_v2_bijstand_is_kwetsbaar_zoals_bron_000_kwetsbare_werkzoekenden_wwb_wajong_wia_noemt() {
        Kandidaat ww = kandidaat("uwv-amersfoort", 83.0, "Soest", Set.of("ww"));
        Kandidaat bijstand = kandidaat("gemeente-soest", 81.5, "Soest", Set.of("bijstand"));

        Rangorde rangorde = v2(List.of(ww, bijstand), List.of(), HALF_2019);

        assertThat(rangorde.regelsVersie()).isEqualTo("prioriteit-v2");
        assertThat(volgorde(rangorde)).containsExactly(bijstand.id(), ww.id());
        assertThat(rangorde.plekken().get(0).kwetsbaar()).isTrue();
        assertThat(rangorde.plekken().get(0).verschuivingen())
                .containsExactly(new Verschuiving(Prioriteitsregels.REGEL_KWETSBAAR, ww.id()));
        // v1 stays as it was: social assistance alone is not vulnerable there
        assertThat(volgorde(Prioriteitsregels.rangschik(List.of(ww, bijstand), Map.of()))).containsExactly(ww.id(), bijstand.id());
    }

    @Test
    void regel_5_v2_ww_en_mogelijk_bijstand_zijn_niet_uit_zichzelf_kwetsbaar() {
        assertThat(Prioriteitsregels.kwetsbaarV2(Set.of("ww"), Set.of())).isFalse();
        assertThat(Prioriteitsregels.kwetsbaarV2(Set.of("ww", "mogelijk-bijstand"), Set.of())).isFalse();
        assertThat(Prioriteitsregels.kwetsbaarV2(Set.of("nug"), Set.of())).isFalse();
        assertThat(Prioriteitsregels.kwetsbaarV2(Set.of("bijstand"), Set.of())).isTrue();
        assertThat(Prioriteitsregels.kwetsbaarV2(Set.of("wajong"), Set.of())).isTrue();
        assertThat(Prioriteitsregels.kwetsbaarV2(Set.of("wia-wga"), Set.of())).isTrue();
        assertThat(Prioriteitsregels.kwetsbaarV2(Set.of("ww"), Set.of("50-plus"))).isTrue();
    }

    @Test
    void regel_7_v2_werkkom_op_10_procent_van_140_gaat_voor_uwv_op_60_procent_van_380_hoewel_uwvs_absolute_achterstand_groter_is() {
        Doelstand werkKom = partnerdoel("werk-kom", 2015, 140, 14);  // 10 %: 126 behind
        Doelstand uwv = partnerdoel("uwv-midden-limburg", 2015, 380, 228); // 60 %: 152 behind
        Kandidaat vanWerkKom = kandidaat("werk-kom", 72.0, "Weert", Set.of("nug"));
        Kandidaat vanUwv = kandidaat("uwv-midden-limburg", 72.0, "Roermond", Set.of("ww"));

        Rangorde rangorde = v2(List.of(vanUwv, vanWerkKom), List.of(werkKom, uwv), EIND_2015);

        assertThat(volgorde(rangorde)).containsExactly(vanWerkKom.id(), vanUwv.id());
        assertThat(rangorde.plekken().get(0).achterstandPartner()).isEqualTo(90.0);
        assertThat(rangorde.plekken().get(1).achterstandPartner()).isEqualTo(40.0);
        assertThat(rangorde.plekken().get(0).verschuivingen()).extracting(Verschuiving::regel)
                .containsExactly(Prioriteitsregels.REGEL_SOLIDARITEIT);
        // v1, on the absolute lag, puts UWV first: the defect v2 repairs, kept reproducible
        Rangorde v1 = Prioriteitsregels.rangschik(List.of(vanUwv, vanWerkKom), Map.of("werk-kom", 126.0, "uwv-midden-limburg", 152.0));
        assertThat(volgorde(v1)).containsExactly(vanUwv.id(), vanWerkKom.id());
    }

    @Test
    void regel_7_v2_de_achterstand_is_het_deel_van_wat_nu_verwacht_wordt_dat_ontbreekt() {
        Doelstand doel = partnerdoel("werk-kom", 2019, 140, 7);
        assertThat(doel.verwachtTotNu(HALF_2019)).isEqualTo(70); // 140 × 183 / 365 = 70.2
        assertThat(doel.relatieveAchterstand(HALF_2019)).isEqualTo(90.0); // (70 − 7) / 70
        assertThat(partnerdoel("werk-kom", 2019, 140, 84).relatieveAchterstand(HALF_2019)).isEqualTo(-20.0); // ahead
        assertThat(doel.relatieveAchterstand(LocalDate.of(2019, 1, 1))).isEqualTo(0.0); // nothing expected yet
        assertThat(partnerdoel("werk-kom", 2019, 0, 0).relatieveAchterstand(HALF_2019)).isEqualTo(0.0);
    }

    @Test
    void regel_7_v2_een_doelstelling_van_een_gemeentegroep_telt_voor_wie_daar_woont_en_in_haar_doelgroep_valt() {
        // Amersfoort 2019: Bijstand Amersfoort+Leusden 180, Bijstand Nijkerk 17
        Doelstand amersfoortLeusden = new Doelstand(Set.of(), Set.of("Amersfoort", "Leusden"), "bijstand", 2019, 2019, 180, 81);
        Doelstand nijkerk = new Doelstand(Set.of(), Set.of("Nijkerk"), "bijstand", 2019, 2019, 17, 3);
        assertThat(amersfoortLeusden.relatieveAchterstand(HALF_2019)).isEqualTo(10.0); // expected 90
        assertThat(nijkerk.relatieveAchterstand(HALF_2019)).isEqualTo(66.7); // expected 9
        // the same partner registers all three: only where they live differs
        Kandidaat leusden = kandidaat("uwv-amersfoort", 75.0, "Leusden", Set.of("bijstand"));
        Kandidaat nijkerker = kandidaat("uwv-amersfoort", 75.0, "Nijkerk", Set.of("bijstand"));
        Kandidaat nijkerkerWw = kandidaat("uwv-amersfoort", 75.0, "Nijkerk", Set.of("ww", "met-iba"));

        Rangorde rangorde = v2(List.of(leusden, nijkerkerWw, nijkerker), List.of(amersfoortLeusden, nijkerk), HALF_2019);

        assertThat(volgorde(rangorde)).containsExactly(nijkerker.id(), leusden.id(), nijkerkerWw.id());
        assertThat(rangorde.plekken()).extracting(Prioriteitsregels.Plek::achterstandPartner).containsExactly(66.7, 10.0, 0.0);
        // a bijstand target does not count a bijstand candidate with a work disability (bijstand-nug-met-beperking does)
        Kandidaat metBeperking = kandidaat("uwv-amersfoort", 75.0, "Nijkerk", Set.of("bijstand", "met-iba"));
        assertThat(nijkerk.telt(metBeperking)).isFalse();
        assertThat(new Doelstand(Set.of(), Set.of("Nijkerk"), "bijstand-nug-met-beperking", 2019, 2019, 6, 0).telt(metBeperking)).isTrue();
    }

    @Test
    void regel_7_v2_een_gezamenlijke_doelstelling_van_de_gemeenten_en_westrom_telt_voor_elk_van_hen() {
        // seed 003: "200 mensen te plaatsen van de doelgroep van de gemeenten en Westrom (200)"
        Doelstand samen = new Doelstand(Set.of("gemeente-roermond", "gemeente-echt-susteren", "gemeente-maasgouw",
                "gemeente-roerdalen", "gemeente-leudal", "westrom"), Set.of(), "alle", 2015, 2015, 200, 100); // 50 %
        Doelstand uwv = partnerdoel("uwv-midden-limburg", 2015, 380, 342); // 90 %
        Kandidaat vanWestrom = kandidaat("westrom", 64.0, "Venlo", Set.of("wia-wga"));
        Kandidaat vanMaasgouw = kandidaat("gemeente-maasgouw", 64.0, "Maasgouw", Set.of("wajong"));
        Kandidaat vanUwv = kandidaat("uwv-midden-limburg", 64.0, "Roermond", Set.of("wajong"));

        Rangorde rangorde = v2(List.of(vanUwv, vanWestrom, vanMaasgouw), List.of(samen, uwv), EIND_2015);

        assertThat(rangorde.plekken().get(2).kandidaat().id()).isEqualTo(vanUwv.id());
        assertThat(rangorde.plekken().subList(0, 2)).extracting(Prioriteitsregels.Plek::achterstandPartner).containsExactly(50.0, 50.0);
        assertThat(rangorde.plekken().get(2).achterstandPartner()).isEqualTo(10.0);
    }

    @Test
    void regel_7_v2_een_meerjarige_doelstelling_banenafspraak_2014_2016_verwacht_naar_rato_van_haar_drie_jaren() {
        // seed 003: "230 garantiebanen voor de gehele arbeidsmarktregio Midden-Limburg over 2014-2016"
        Doelstand banenafspraak = new Doelstand(Set.of("uwv-midden-limburg", "werk-kom"), Set.of(), "banenafspraak", 2014, 2016, 230, 100);
        assertThat(banenafspraak.verwachtTotNu(LocalDate.of(2013, 12, 31))).isZero();
        assertThat(banenafspraak.verwachtTotNu(EIND_2015)).isEqualTo(153); // 230 × 730 / 1,096 = 153.2
        assertThat(banenafspraak.verwachtTotNu(LocalDate.of(2016, 12, 31))).isEqualTo(230);
        assertThat(banenafspraak.relatieveAchterstand(EIND_2015)).isEqualTo(34.6); // (153 − 100) / 153
        // it counts only candidates in the target register
        assertThat(banenafspraak.telt(kandidaat("werk-kom", 60.0, "Weert", Set.of("banenafspraak", "bijstand")))).isTrue();
        assertThat(banenafspraak.telt(kandidaat("werk-kom", 60.0, "Weert", Set.of("bijstand")))).isFalse();
    }

    @Test
    void regel_7_v2_een_kandidaat_draagt_de_grootste_achterstand_van_de_doelstellingen_die_hem_tellen() {
        Doelstand partner = partnerdoel("gemeente-nijkerk", 2019, 27, 27); // on track, ahead
        Doelstand gemeente = new Doelstand(Set.of(), Set.of("Nijkerk"), "bijstand", 2019, 2019, 17, 3);
        Kandidaat k = kandidaat("gemeente-nijkerk", 70.0, "Nijkerk", Set.of("bijstand"));

        Rangorde rangorde = v2(List.of(k), List.of(partner, gemeente), HALF_2019);

        assertThat(rangorde.plekken().get(0).achterstandPartner()).isEqualTo(66.7);
    }

    @Test
    void solidariteit_v2_haalt_een_minder_geschikte_of_niet_kwetsbare_kandidaat_niet_voor() {
        Doelstand werkKom = partnerdoel("werk-kom", 2015, 140, 0);
        Kandidaat achterstand = kandidaat("werk-kom", 71.0, "Weert", Set.of("ww"));
        Kandidaat geschikter = kandidaat("uwv-midden-limburg", 72.0, "Roermond", Set.of("ww"));
        Kandidaat kwetsbaar = kandidaat("uwv-midden-limburg", 70.0, "Roermond", Set.of("bijstand"));

        assertThat(volgorde(v2(List.of(achterstand, geschikter, kwetsbaar), List.of(werkKom), EIND_2015)))
                .containsExactly(kwetsbaar.id(), geschikter.id(), achterstand.id());
    }

    @Test
    void v1_blijft_kiesbaar_en_geeft_dezelfde_rangorde_als_voorheen() {
        Kandidaat a = kandidaat("a", 80.0, "Baarn", Set.of("bijstand"));
        Kandidaat b = kandidaat("b", 80.0, "Baarn", Set.of("ww"));
        Map<String, Double> achterstand = Map.of("b", 3.0);

        Rangorde gekozen = Prioriteitsregels.rangschik(Prioriteitsregels.VERSIE, List.of(a, b),
                new Solidariteit(achterstand, List.of(), HALF_2019), 2);

        assertThat(gekozen).isEqualTo(Prioriteitsregels.rangschik(List.of(a, b), achterstand, 2));
        assertThat(gekozen.regelsVersie()).isEqualTo("prioriteit-v1");
        assertThat(volgorde(gekozen)).containsExactly(b.id(), a.id());
    }

    @Test
    void een_onbekende_versie_rangschikt_niet() {
        assertThatThrownBy(() -> Prioriteitsregels.rangschik("prioriteit-v9", List.of(), new Solidariteit(Map.of(), List.of(), HALF_2019), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prioriteit-v9");
    }
}
