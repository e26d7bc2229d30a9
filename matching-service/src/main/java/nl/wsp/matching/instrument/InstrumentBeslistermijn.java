package nl.wsp.matching.instrument;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.metrics.DueTimer;

import java.time.Instant;

/**
 * The paying partner's decision deadline as the frame's {@code wsp.timers.overdue} sees it: requests still
 * {@code aangevraagd} past {@code beslissen_voor}, which {@link InzetTermijn} has not expired yet.
 */
@ApplicationScoped
class InstrumentBeslistermijn implements DueTimer {

    private final InstrumentInzetRepository inzetten;

    InstrumentBeslistermijn(InstrumentInzetRepository inzetten) {
        this.inzetten = inzetten;
    }

    @Override
    public String name() {
        return "instrument-beslistermijn";
    }

    @Override
    public long dueAtOrBefore(Instant moment) {
        return QuarkusTransaction.requiringNew().call(() -> inzetten.openTot(moment));
    }
}
