package nl.wsp.platform.outbox;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A check of every event the outbox is about to write, before it is written: the hook through which tests hold every
 * event a service writes to its AsyncAPI contract, also the events a test only looks for in {@code outbox_event}
 * and never reads from Kafka (docs/adr/0022). Implementations are found with {@link ServiceLoader}; the production
 * classpath has none, so the outbox writes as before.
 */
public interface Uitgaandecontrole {

    /**
     * @param topic the topic the event goes to
     * @param event the whole CloudEvent as JSON, as the relay will publish it
     * @throws RuntimeException or an {@link AssertionError} when the event breaks its contract: nothing is written
     */
    void controleer(String topic, String event);

    /** The checks on the classpath (none in production). */
    static List<Uitgaandecontrole> gevonden() {
        return ServiceLoader.load(Uitgaandecontrole.class, Uitgaandecontrole.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }
}
