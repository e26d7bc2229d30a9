package nl.wsp.matching.kandidaat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BsnElfproefTest {

    /** A random nine-digit number that passes the eleven-test: looks exactly like a BSN, belongs to nobody we know. */
    static String geldigUitziendNummer(java.util.Random random) {
        while (true) {
            int[] d = new int[9];
            d[0] = 1 + random.nextInt(9);
            int som = 9 * d[0];
            for (int i = 1; i < 8; i++) {
                d[i] = random.nextInt(10);
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste == 10) {
                continue;
            }
            d[8] = laatste;
            StringBuilder s = new StringBuilder();
            for (int x : d) {
                s.append(x);
            }
            return s.toString();
        }
    }

    @Test
    void gegenereerde_nummers_doorstaan_de_elfproef() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 100; i++) {
            String nummer = geldigUitziendNummer(random);
            assertThat(BsnElfproef.isBsn(nummer)).isTrue();
            assertThat(BsnElfproef.isBsn(nummer.substring(0, 8) + (nummer.charAt(8) == '9' ? '0' : (char) (nummer.charAt(8) + 1))))
                    .as("one digit off").isFalse();
        }
    }

    @Test
    void een_nummer_dat_de_elfproef_doorstaat_is_een_bsn() {
        assertThat(BsnElfproef.isBsn("111222333")).isTrue();   // 9+8+7+12+10+8+9+6-3 = 66
        assertThat(BsnElfproef.isBsn("123456782")).isTrue();
    }

    @Test
    void ook_opgemaakt_met_punten_spaties_of_streepjes() {
        assertThat(BsnElfproef.isBsn("1112.22.333")).isTrue();
        assertThat(BsnElfproef.isBsn("111 222 333")).isTrue();
        assertThat(BsnElfproef.isBsn("111-222-333")).isTrue();
    }

    @Test
    void acht_cijfers_zijn_een_bsn_zonder_voorloopnul() {
        assertThat(BsnElfproef.isBsn("11222333")).isEqualTo(BsnElfproef.isBsn("011222333"));
    }

    @Test
    void wat_de_elfproef_niet_doorstaat_of_letters_heeft_is_geen_bsn() {
        assertThat(BsnElfproef.isBsn("111222334")).isFalse();
        assertThat(BsnElfproef.isBsn("000000000")).isFalse();
        assertThat(BsnElfproef.isBsn("12345678")).isFalse();
        assertThat(BsnElfproef.isBsn("1234567890")).isFalse();
        assertThat(BsnElfproef.isBsn("GA-111222333")).isFalse();
        assertThat(BsnElfproef.isBsn(null)).isFalse();
    }
}
