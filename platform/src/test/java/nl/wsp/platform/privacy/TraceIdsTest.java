package nl.wsp.platform.privacy;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TraceIdsTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void de_trace_id_van_een_geldige_traceparent_wordt_overgenomen() {
        assertThat(TraceIds.uitTraceparent("00-" + TRACE + "-00f067aa0ba902b7-01")).isEqualTo(TRACE);
    }

    @Test
    void al_het_andere_krijgt_een_nieuwe_id_en_nooit_de_header_zoals_gestuurd() {
        String bsn = BsnGenerator.nieuw(new Random(29));
        String[] ongeldig = {
                null, "", bsn, "BSN" + bsn, "00-" + bsn + "-00f067aa0ba902b7-01",
                "00-" + TRACE.toUpperCase() + "-00f067aa0ba902b7-01",          // W3C: lowercase only
                "01-" + TRACE + "-00f067aa0ba902b7-01",                        // a version we do not know
                "00-" + "0".repeat(32) + "-00f067aa0ba902b7-01",               // all-zero trace id is invalid
                "00-" + TRACE + "-" + "0".repeat(16) + "-01",                  // all-zero parent id is invalid
                "00-" + TRACE + "-00f067aa0ba902b7-01-" + bsn,
        };
        for (String header : ongeldig) {
            String id = TraceIds.uitTraceparent(header);
            assertThat(id).as(String.valueOf(header)).matches("[0-9a-f]{32}").isNotEqualTo(TRACE);
            assertThat(Bsn.komtVoorIn(id)).isFalse();
            if (header != null) {
                assertThat(header).doesNotContain(id);
            }
        }
    }

    @Test
    void een_bsn_in_hexcijfers_in_een_geldige_traceparent_wordt_niet_bewaard() {
        String bsn = BsnGenerator.nieuw(new Random(31));
        String trace = "ab" + bsn + "c" + "d".repeat(20);
        assertThat(trace).hasSize(32);
        String id = TraceIds.uitTraceparent("00-" + trace + "-00f067aa0ba902b7-01");
        assertThat(id).isNotEqualTo(trace).doesNotContain(bsn);
    }

    @Test
    void de_ouder_span_komt_alleen_uit_een_geldige_traceparent_en_een_eigen_span_is_altijd_nieuw() {
        assertThat(TraceIds.ouderSpan("00-" + TRACE + "-00f067aa0ba902b7-01")).isEqualTo("00f067aa0ba902b7");
        assertThat(TraceIds.ouderSpan(null)).isNull();
        assertThat(TraceIds.ouderSpan("00-" + TRACE + "-" + "0".repeat(16) + "-01")).isNull();
        assertThat(TraceIds.ouderSpan("BSN111222333")).isNull();
        String span = TraceIds.nieuweSpan();
        assertThat(span).matches("[0-9a-f]{16}").isNotEqualTo(TraceIds.nieuweSpan());
        assertThat(Bsn.komtVoorIn(span)).isFalse();
    }
}
