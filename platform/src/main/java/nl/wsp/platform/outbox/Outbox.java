package nl.wsp.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import nl.wsp.platform.PlatformConfig;
import nl.wsp.platform.cloudevents.CloudEvents;
import nl.wsp.platform.tracing.EventTrace;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Writes events into the outbox table, inside the caller's transaction: the event exists if and only if
 * the state change committed. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;
    private final String service;
    private final String dataschemaBasis;
    private final Set<String> topics;
    private final EventTrace trace;
    private final java.util.List<Uitgaandecontrole> controles = Uitgaandecontrole.gevonden();

    Outbox(EntityManager em, ObjectMapper json, Clock clock, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
           PlatformConfig config, EventTrace trace) {
        this.em = em;
        this.trace = trace;
        this.source = config.source();
        this.service = config.service();
        this.dataschemaBasis = config.cloudevents().dataschemaBasis();
        this.topics = Set.copyOf(config.outbox().topics());
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * @param topic   one topic per aggregate, one of {@code wsp.platform.outbox.topics}: the channels the service's
     *                AsyncAPI document describes; any other is a programming error, refused before anything is written
     * @param type    CloudEvents type, e.g. {@code nl.werkgeversdienstverlening.partners.geregistreerd.v1}: the key of its
     *                message in the service's AsyncAPI document, which {@code dataschema} points at
     * @param subject the aggregate id: the Kafka key, so order holds per aggregate
     * @param data    the event record, serialised as the CloudEvent's {@code data}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String type, String subject, Object data) {
        if (!topics.contains(topic)) {
            throw new IllegalArgumentException("topic " + topic + " is not one of wsp.platform.outbox.topics " + topics);
        }
        if (!type.startsWith(CloudEvents.TYPE_PREFIX)) {
            throw new IllegalArgumentException("type " + type + " does not start with " + CloudEvents.TYPE_PREFIX + " (ADR 0014)");
        }
        UUID id = UUID.randomUUID();
        // time: when the service recorded the event, in the transaction of the state change (the profile: the time the
        // event was logged); when it happened in reality, where that differs, is a field of data (e.g. vervuldOp)
        Instant now = nl.wsp.platform.json.Tijdstippen.afgerond(clock.instant()); // what PostgreSQL keeps
        ObjectNode event = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id.toString())
                .put("source", source)
                .put("type", type)
                .put("time", now.toString())
                .put("subject", subject)
                .put("datacontenttype", "application/json")
                .put("dataschema", CloudEvents.dataschema(dataschemaBasis, service, type));
        // CloudEvents distributed-tracing extension: the trace this event belongs to, when there is one
        trace.traceparent().ifPresent(traceparent -> event.put("traceparent", traceparent));
        event.set("data", json.valueToTree(data));
        String waarde;
        try {
            waarde = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        for (Uitgaandecontrole controle : controles) {
            controle.controleer(topic, waarde);
        }
        em.persist(new OutboxEvent(id, topic, subject, type, now, waarde));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
        return id;
    }
}
