package nl.wsp.platform.page;

import nl.wsp.platform.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginaTest {

    record Rij(String naam, String id) {
        String sleutel() {
            return Cursor.sleutel(naam, id);
        }
    }

    @Test
    void een_lijst_in_geheugen_wordt_in_sleutelvolgorde_gepagineerd_tot_de_laatste_pagina_zonder_cursor() {
        List<Rij> alle = List.of(new Rij("b", "1"), new Rij("a", "2"), new Rij("ab", "3"), new Rij("a", "1"), new Rij("c", "9"));
        List<String> gezien = new ArrayList<>();
        String cursor = null;
        int paginas = 0;
        do {
            Pagina<Rij> p = Pagina.uit(alle, cursor, 2, Rij::sleutel);
            p.resultaten().forEach(r -> gezien.add(r.naam() + r.id()));
            cursor = p.volgendeCursor();
            paginas++;
        } while (cursor != null);
        assertThat(gezien).containsExactly("a1", "a2", "ab3", "b1", "c9");
        assertThat(paginas).isEqualTo(3);
    }

    @Test
    void een_element_dat_intussen_bijkomt_of_verdwijnt_verschuift_de_volgende_pagina_niet() {
        List<Rij> alle = new ArrayList<>(List.of(new Rij("a", "1"), new Rij("b", "1"), new Rij("c", "1"), new Rij("d", "1")));
        Pagina<Rij> eerste = Pagina.uit(alle, null, 2, Rij::sleutel);
        alle.remove(0);
        alle.add(new Rij("a", "0"));
        Pagina<Rij> tweede = Pagina.uit(alle, eerste.volgendeCursor(), 2, Rij::sleutel);
        assertThat(tweede.resultaten()).extracting(Rij::naam).containsExactly("c", "d");
        assertThat(tweede.volgendeCursor()).isNull();
    }

    @Test
    void een_cursor_van_een_ander_soort_lijst_is_400_cursor() {
        assertThatThrownBy(() -> Pagina.uit(List.<Rij>of(), Cursor.van(3), 2, Rij::sleutel))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Pagina.uit(List.<Rij>of(), "!!", 2, Rij::sleutel)).isInstanceOf(ApiProblem.class);
    }
}
