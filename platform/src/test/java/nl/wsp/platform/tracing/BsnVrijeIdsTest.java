package nl.wsp.platform.tracing;

import nl.wsp.platform.privacy.Bsn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids of our spans never spell a BSN, alone or in a traceparent, so no event drops its trace for one. */
class BsnVrijeIdsTest {

    @Test
    void geen_traceparent_uit_onze_ids_bevat_een_bsn() {
        BsnVrijeIds ids = new BsnVrijeIds();
        for (int i = 0; i < 20_000; i++) {
            String traceparent = "00-" + ids.generateTraceId() + "-" + ids.generateSpanId() + "-01";
            assertThat(Bsn.komtVoorIn(traceparent)).as(traceparent).isFalse();
            assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        }
    }

    @Test
    void een_id_met_een_bsn_of_een_cijfer_aan_de_rand_is_niet_schoon() {
        assertThat(BsnVrijeIds.schoon("a111222333bbbbbbbbbbbbbbbbbbbbbb")).isFalse(); // 111222333 passes the eleven-test
        assertThat(BsnVrijeIds.schoon("1aaaaaaaaaaaaaab")).isFalse();
        assertThat(BsnVrijeIds.schoon("aaaaaaaaaaaaaab1")).isFalse();
        assertThat(BsnVrijeIds.schoon("a12345678aaaaaab")).isTrue(); // eight digits: no BSN
    }
}
