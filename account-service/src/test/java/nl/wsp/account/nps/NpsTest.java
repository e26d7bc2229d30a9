package nl.wsp.account.nps;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NpsTest {

    @Test
    void uitgewerkt_voorbeeld_vijf_promotors_drie_criticasters_van_tien_is_nps_20() {
        Nps nps = Nps.van(List.of(10, 9, 9, 10, 10, 8, 7, 6, 0, 5));
        assertThat(nps.aantal()).isEqualTo(10);
        assertThat(nps.promotors()).isEqualTo(5);
        assertThat(nps.passief()).isEqualTo(2);
        assertThat(nps.criticasters()).isEqualTo(3);
        assertThat(nps.nps()).isEqualByComparingTo(new BigDecimal("20.0"));
    }

    @Test
    void de_grenzen_zes_is_criticaster_zeven_en_acht_passief_negen_promotor() {
        assertThat(Nps.van(List.of(6)).nps()).isEqualByComparingTo("-100");
        assertThat(Nps.van(List.of(7, 8)).nps()).isEqualByComparingTo("0");
        assertThat(Nps.van(List.of(9)).nps()).isEqualByComparingTo("100");
        assertThat(Nps.van(List.of(9, 6, 7)).nps()).isEqualByComparingTo("0.0");
        assertThat(Nps.van(List.of(9, 9, 3)).nps()).isEqualByComparingTo("33.3");
        assertThat(Nps.van(List.of()).nps()).isNull();
        assertThatThrownBy(() -> Nps.van(List.of(11))).isInstanceOf(IllegalArgumentException.class);
    }
}
