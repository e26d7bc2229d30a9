package nl.wsp.reporting.realisatie;

import nl.wsp.reporting.doelstelling.Doelgroepen;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RapportkolomTest {

    static String kolom(String... doelgroepen) {
        List<String> lijst = List.of(doelgroepen);
        return Rapportkolom.kolom(Doelgroepen.hoofddoelgroep(lijst), lijst.contains("met-iba"));
    }

    @Test
    void elke_kolom_van_de_tabel_2018_heeft_een_doelgroepcombinatie() {
        assertThat(kolom("ww")).isEqualTo("ww");
        assertThat(kolom("ww-dsp")).isEqualTo("ww-dsp");
        assertThat(kolom("wajong")).isEqualTo("wajong");
        assertThat(kolom("wia-wga")).isEqualTo("wia-wga");
        assertThat(kolom("mogelijk-bijstand")).isEqualTo("mogelijk-bijstand");
        assertThat(kolom("bijstand")).isEqualTo("bijstand");
        assertThat(kolom("nug")).isEqualTo("nug");
        assertThat(kolom("mogelijk-bijstand", "met-iba")).isEqualTo("mogelijk-bijstand-met-iba");
        assertThat(kolom("bijstand", "met-iba")).isEqualTo("bijstand-met-iba");
        assertThat(kolom("nug", "met-iba")).isEqualTo("nug-met-iba");
        assertThat(kolom("wia-wga", "met-iba")).isEqualTo("ww-wga-met-iba");
        assertThat(kolom("ww", "met-iba")).isEqualTo("ww-wga-met-iba");
        assertThat(kolom("met-iba")).isEqualTo("onbekend-met-iba");
        assertThat(kolom()).isEqualTo("onbekend");
        assertThat(kolom("wao")).isEqualTo("overig");
        assertThat(kolom("statushouder")).isEqualTo("overig");
    }

    @Test
    void een_kandidaat_in_meer_doelgroepen_telt_een_keer_onder_de_uwv_uitkering() {
        assertThat(kolom("bijstand", "wajong", "banenafspraak")).isEqualTo("wajong");
        assertThat(kolom("bijstand", "ww")).isEqualTo("ww");
        assertThat(kolom("banenafspraak")).isEqualTo("onbekend");
    }

    @Test
    void bijstand_met_beperking_telt_voor_zijn_eigen_doelstelling_en_niet_voor_bijstand() {
        assertThat(Doelgroepen.sqlFilter("bijstand")).contains("NOT met_iba AND NOT banenafspraak");
        assertThat(Doelgroepen.sqlFilter("bijstand-nug-met-beperking")).contains("met_iba OR banenafspraak");
    }

    @Test
    void de_regel_in_java_en_in_sql_telt_dezelfde_plaatsingen() {
        assertThat(Doelgroepen.telt("bijstand", "bijstand", false, false)).isTrue();
        assertThat(Doelgroepen.telt("bijstand", "bijstand", true, false)).isFalse();
        assertThat(Doelgroepen.telt("bijstand-nug-met-beperking", "nug", false, true)).isTrue();
        assertThat(Doelgroepen.telt("bijstand-nug-met-beperking", "ww", true, false)).isFalse();
        assertThat(Doelgroepen.telt("ww", "ww-dsp", true, false)).isTrue();
        assertThat(Doelgroepen.telt("alle", "onbekend", false, false)).isTrue();
        assertThat(Doelgroepen.telt("banenafspraak", "wajong", false, true)).isTrue();
    }

    @Test
    void verwacht_tot_nu_loopt_evenredig_met_het_jaar() {
        assertThat(Voortgang.verwachtTotNu(365, 2019, LocalDate.of(2019, 7, 2))).isEqualTo(183);
        assertThat(Voortgang.verwachtTotNu(180, 2019, LocalDate.of(2020, 1, 1))).isEqualTo(180);
        assertThat(Voortgang.verwachtTotNu(180, 2019, LocalDate.of(2018, 12, 31))).isZero();
        assertThat(Voortgang.percentage(1, 3)).hasToString("33.3");
        assertThat(Voortgang.percentage(1, 0)).isNull();
    }
}
