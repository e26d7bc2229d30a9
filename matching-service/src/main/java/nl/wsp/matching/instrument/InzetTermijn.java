package nl.wsp.matching.instrument;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Durable deadline: requests the paying partner did not decide on in time expire, once, on any replica. */
@ApplicationScoped
public class InzetTermijn {

    private final Instrumenten instrumenten;

    InzetTermijn(Instrumenten instrumenten) {
        this.instrumenten = instrumenten;
    }

    @Scheduled(every = "${wsp.instrumenten.termijncontrole:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void controleer() {
        while (instrumenten.laatVerlopen() == Instrumenten.PARTIJ) {
            // more than a batch expired at once
        }
    }
}
