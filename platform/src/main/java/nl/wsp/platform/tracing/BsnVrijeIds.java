package nl.wsp.platform.tracing;

import io.opentelemetry.sdk.trace.IdGenerator;
import jakarta.inject.Singleton;
import nl.wsp.platform.privacy.Bsn;

/**
 * The trace and span ids this service makes: random, as the SDK's, but never spelling a BSN (ADR 0012) — a trace id
 * travels in every event, webhook and log line of its trace. An id holds no BSN-like run and begins and ends with a
 * letter, so no run forms across the dashes of {@code 00-<trace id>-<span id>-01} either. Quarkus's OpenTelemetry
 * SDK takes this bean in place of its own generator.
 */
@Singleton
public class BsnVrijeIds implements IdGenerator {

    private static final IdGenerator RANDOM = IdGenerator.random();

    @Override
    public String generateSpanId() {
        while (true) {
            String id = RANDOM.generateSpanId();
            if (schoon(id)) {
                return id;
            }
        }
    }

    @Override
    public String generateTraceId() {
        while (true) {
            String id = RANDOM.generateTraceId();
            if (schoon(id)) {
                return id;
            }
        }
    }

    static boolean schoon(String id) {
        return Character.isLetter(id.charAt(0)) && Character.isLetter(id.charAt(id.length() - 1)) && !Bsn.komtVoorIn(id);
    }
}
