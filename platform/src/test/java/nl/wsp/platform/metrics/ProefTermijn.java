package nl.wsp.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A durable timer of the frame's test application: due moments a test adds, and fires by removing them. */
@ApplicationScoped
public class ProefTermijn implements DueTimer {

    private final List<Instant> open = new CopyOnWriteArrayList<>();

    /** Through methods, not the field: a test holds the client proxy, whose own fields are not the bean's. */
    void zetOp(Instant due) {
        open.add(due);
    }

    void alleAfgegaan() {
        open.clear();
    }

    @Override
    public String name() {
        return "proef";
    }

    @Override
    public long dueAtOrBefore(Instant moment) {
        return open.stream().filter(t -> !t.isAfter(moment)).count();
    }
}
