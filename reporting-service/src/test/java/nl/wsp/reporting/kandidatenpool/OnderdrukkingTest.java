package nl.wsp.reporting.kandidatenpool;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The small-cell rule of docs/adr/0043 on its own: primary suppression below k, secondary so the total betrays none. */
class OnderdrukkingTest {

    private static Map<String, Integer> tabel(Object... codeEnAantal) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < codeEnAantal.length; i += 2) {
            m.put((String) codeEnAantal[i], (Integer) codeEnAantal[i + 1]);
        }
        return m;
    }

    /** What the shown cells leave of the shown total: what a reader learns of the hidden cells together. */
    private static int rest(Onderdrukking.Tabel t) {
        return t.totaal().aantal() - t.cellen().values().stream().filter(c -> !c.onderdrukt()).mapToInt(Onderdrukking.Cel::aantal).sum();
    }

    @Test
    void een_cel_onder_k_wordt_onderdrukt() {
        Onderdrukking.Tabel t = Onderdrukking.pasToe(tabel("ww", 3000, "bijstand", 500, "wajong", 4, "wao", 3), 5);
        assertThat(t.cel("wajong")).isEqualTo(new Onderdrukking.Cel(null, true));
        assertThat(t.cel("wao").onderdrukt()).isTrue();
        assertThat(t.cel("ww")).isEqualTo(new Onderdrukking.Cel(3000, false));
        assertThat(t.cel("bijstand")).isEqualTo(new Onderdrukking.Cel(500, false));
        assertThat(t.totaal()).isEqualTo(new Onderdrukking.Cel(3507, false));
    }

    @Test
    void een_cel_van_precies_k_wordt_getoond_en_een_nul_ook() {
        Onderdrukking.Tabel t = Onderdrukking.pasToe(tabel("ww", 5, "bijstand", 7, "nug", 0), 5);
        assertThat(t.cel("ww")).isEqualTo(new Onderdrukking.Cel(5, false));
        assertThat(t.cel("nug")).isEqualTo(new Onderdrukking.Cel(0, false));
        assertThat(t.totaal().aantal()).isEqualTo(12);
    }

    @Test
    void het_totaal_verraadt_geen_onderdrukte_cel() {
        // one small cell: the total minus the rest would give it back, so the smallest other cell is hidden too
        Onderdrukking.Tabel t = Onderdrukking.pasToe(tabel("ww", 40, "bijstand", 12, "wajong", 2, "nug", 0), 5);
        assertThat(t.cel("wajong").onderdrukt()).isTrue();
        assertThat(t.cel("bijstand").onderdrukt()).as("secondary suppression").isTrue();
        assertThat(t.cel("ww")).isEqualTo(new Onderdrukking.Cel(40, false));
        assertThat(t.totaal()).isEqualTo(new Onderdrukking.Cel(54, false));
        assertThat(rest(t)).as("the remainder covers two cells and at least k people").isEqualTo(14);
    }

    @Test
    void twee_kleine_cellen_die_samen_onder_k_blijven_nemen_een_derde_mee() {
        Onderdrukking.Tabel t = Onderdrukking.pasToe(tabel("a", 1, "b", 2, "c", 9, "d", 30), 5);
        assertThat(t.cel("a").onderdrukt()).isTrue();
        assertThat(t.cel("b").onderdrukt()).isTrue();
        assertThat(t.cel("c").onderdrukt()).as("1 + 2 would still be fewer than k").isTrue();
        assertThat(t.cel("d").aantal()).isEqualTo(30);
        assertThat(rest(t)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void een_totaal_onder_k_is_zelf_onderdrukt() {
        Onderdrukking.Tabel t = Onderdrukking.pasToe(tabel("ww", 3, "bijstand", 0), 5);
        assertThat(t.totaal()).isEqualTo(new Onderdrukking.Cel(null, true));
        assertThat(t.cel("ww").onderdrukt()).isTrue();
        assertThat(t.cel("bijstand")).isEqualTo(new Onderdrukking.Cel(0, false));
    }

    @Test
    void een_waarvan_telling_laat_ook_het_verschil_met_het_totaal_niet_zien() {
        assertThat(Kandidatenpoolcijfers.waarvan(10, 12, 5).onderdrukt()).as("12 - 10 = 2 would be told").isTrue();
        assertThat(Kandidatenpoolcijfers.waarvan(150, 3650, 5)).isEqualTo(new Onderdrukking.Cel(150, false));
    }

    @Test
    void de_drempel_is_instelbaar() {
        Map<String, Integer> t = tabel("a", 8, "b", 20, "c", 30);
        assertThat(Onderdrukking.pasToe(t, 5).cel("a").onderdrukt()).isFalse();
        assertThat(Onderdrukking.pasToe(t, 10).cel("a").onderdrukt()).isTrue();
        assertThat(Onderdrukking.pasToe(t, 10).cel("b").onderdrukt()).as("secondary").isTrue();
    }
}
