package nl.wsp.reporting.banenafspraak;

import nl.wsp.reporting.banenafspraak.Banenafspraakbalans.Telling;
import nl.wsp.reporting.banenafspraak.api.BanenafspraakPerSector.Banenafspraakkwartaal;
import nl.wsp.reporting.banenafspraak.api.BanenafspraakPerSector.Sectorregel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the report per quarter and sector, without a database (docs/adr/0045). */
class BanenafspraakbalansTest {

    static final int K1_2019 = 2019 * 4;

    @Test
    void het_totaal_heeft_een_niveau_pas_als_elke_sector_een_nulmeting_heeft_en_telt_banen_zonder_sector_mee() {
        Map<String, Map<Integer, Telling>> tellingen = Map.of(
                "markt", Map.of(K1_2019, new Telling(5, 1)),
                "onbekend", Map.of(K1_2019, new Telling(2, 0)));
        Map<String, Nulmeting> twee = Map.of("markt", nulmeting("markt", 100), "overheid", nulmeting("overheid", 20));
        Sectorregel totaal = Banenafspraakbalans.bereken(tellingen, twee, K1_2019, K1_2019).get(0).totaal();
        assertThat(totaal.gewonnen()).isEqualTo(7);
        assertThat(totaal.verloren()).isEqualTo(1);
        assertThat(totaal.extraTovNulmeting()).isEqualTo(6);
        assertThat(totaal.niveau()).isNull();

        Map<String, Nulmeting> drie = Map.of("markt", nulmeting("markt", 100), "overheid", nulmeting("overheid", 20),
                "inleen-detachering", nulmeting("inleen-detachering", 3));
        Banenafspraakkwartaal k = Banenafspraakbalans.bereken(tellingen, drie, K1_2019, K1_2019).get(0);
        assertThat(k.totaal().niveau()).isEqualTo(100 + 4 + 20 + 3 + 2);
        assertThat(k.sectoren()).extracting(Sectorregel::sector).containsExactly("markt", "overheid", "inleen-detachering", "onbekend");
    }

    @Test
    void de_extra_banen_tellen_ook_de_kwartalen_voor_het_getoonde_mee() {
        Map<String, Map<Integer, Telling>> tellingen = Map.of("overheid", Map.of(K1_2019 - 4, new Telling(3, 0), K1_2019, new Telling(1, 2)));
        List<Banenafspraakkwartaal> uit = Banenafspraakbalans.bereken(tellingen, Map.of(), K1_2019, K1_2019 + 1);
        Sectorregel overheid = uit.get(0).sectoren().get(1);
        assertThat(overheid.netto()).isEqualTo(-1);
        assertThat(overheid.extraTovNulmeting()).isEqualTo(2);
        assertThat(uit.get(1).kwartaal()).isEqualTo("2019-K2");
        assertThat(uit.get(0).sectoren()).extracting(Sectorregel::sector).containsExactly("markt", "overheid", "inleen-detachering");
    }

    @Test
    void een_nulmeting_valt_op_het_einde_van_een_kwartaal() {
        assertThatThrownBy(() -> Nulmeting.van("R", "markt", LocalDate.of(2012, 12, 30), 1, Instant.EPOCH))
                .isInstanceOf(Nulmeting.Ongeldig.class);
        assertThatThrownBy(() -> Nulmeting.van("R", "zorg", LocalDate.of(2012, 12, 31), 1, Instant.EPOCH))
                .isInstanceOf(Nulmeting.Ongeldig.class);
        assertThat(Nulmeting.van("R", "markt", LocalDate.of(2013, 6, 30), 1, Instant.EPOCH).peildatum()).isEqualTo(LocalDate.of(2013, 6, 30));
    }

    private static Nulmeting nulmeting(String sector, int aantal) {
        return Nulmeting.van("R", sector, LocalDate.of(2018, 12, 31), aantal, Instant.EPOCH);
    }
}
