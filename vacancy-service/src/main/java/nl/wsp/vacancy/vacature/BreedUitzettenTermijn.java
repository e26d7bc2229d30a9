package nl.wsp.vacancy.vacature;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.metrics.DueTimer;

import java.time.Instant;

/** The broadcast timer as the frame's {@code wsp.timers.overdue} sees it: open vacancies whose window closed. */
@ApplicationScoped
class BreedUitzettenTermijn implements DueTimer {

    private final VacatureRepository vacatures;

    BreedUitzettenTermijn(VacatureRepository vacatures) {
        this.vacatures = vacatures;
    }

    @Override
    public String name() {
        return "breed-uitzetten";
    }

    @Override
    public long dueAtOrBefore(Instant moment) {
        return QuarkusTransaction.requiringNew().call(() -> vacatures.openMetTermijnVerstreken(moment));
    }
}
