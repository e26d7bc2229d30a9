package nl.wsp.reporting.doelstelling;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerdelingTest {

    static final BigDecimal AMERSFOORT = new BigDecimal("1.86");

    @Test
    void het_regiodoel_is_het_landelijke_doel_maal_het_aandeel_van_de_regio_zoals_de_gepubliceerde_tabel() {
        // banenafspraak-targets-market-amersfoort.csv, row "Regio Amersfoort"
        assertThat(Verdeling.regioDoel(5000, AMERSFOORT)).isEqualTo(93);
        assertThat(Verdeling.regioDoel(6000, AMERSFOORT)).isEqualTo(112);
        assertThat(Verdeling.regioDoel(7000, AMERSFOORT)).isEqualTo(130);
        assertThat(Verdeling.regioDoel(8000, AMERSFOORT)).isEqualTo(149);
        assertThat(Verdeling.regioDoel(9000, AMERSFOORT)).isEqualTo(167);
        assertThat(Verdeling.regioDoel(10000, AMERSFOORT)).isEqualTo(186);
        // government: 2,500 × 1.86% = 46.5, published as 46
        assertThat(Verdeling.regioDoel(2500, AMERSFOORT)).isEqualTo(46);
    }

    @Test
    void de_gemeentelijke_doelen_tellen_op_tot_het_regiodoel() {
        Map<String, BigDecimal> aandelen = new LinkedHashMap<>();
        aandelen.put("Amersfoort", new BigDecimal("48.8"));
        aandelen.put("Baarn", new BigDecimal("6.1"));
        aandelen.put("Bunschoten", new BigDecimal("5.5"));
        aandelen.put("Leusden", new BigDecimal("9.2"));
        aandelen.put("Nijkerk", new BigDecimal("12.5"));
        aandelen.put("Soest", new BigDecimal("14.0"));
        aandelen.put("Woudenberg", new BigDecimal("3.9"));
        Map<String, Integer> verdeling = Verdeling.verdeel(167, aandelen);
        assertThat(verdeling.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(167);
        assertThat(verdeling.get("Amersfoort")).isEqualTo(82);
        assertThat(verdeling.get("Baarn")).isEqualTo(10);
    }

    @Test
    void een_rest_gaat_naar_de_gemeente_met_de_grootste_breuk() {
        Map<String, BigDecimal> aandelen = new LinkedHashMap<>();
        aandelen.put("A", new BigDecimal("33.3"));
        aandelen.put("B", new BigDecimal("33.3"));
        aandelen.put("C", new BigDecimal("33.4"));
        assertThat(Verdeling.verdeel(10, aandelen)).containsEntry("A", 3).containsEntry("B", 3).containsEntry("C", 4);
    }
}
