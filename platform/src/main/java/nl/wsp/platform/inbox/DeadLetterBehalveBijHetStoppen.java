package nl.wsp.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The failure strategy of every consumer ({@code failure-strategy=}{@value #NAAM}): SmallRye's dead-letter queue, except
 * once the service has begun to stop. A record that fails then most likely failed <em>because</em> the service is
 * stopping (Hibernate closes while a consumer still handles a record: "EntityManagerFactory is closed"); dead-lettered,
 * its offset would be committed and the restarted service would never apply it. So after the shutdown began a failure
 * stops the channel as {@code failure-strategy=fail} does: nothing is committed, and the record is read again after the
 * restart — where a real poison record is dead-lettered as usual (docs/reliability.md, "A stop in the middle of a
 * backlog").
 */
@ApplicationScoped
@Identifier(DeadLetterBehalveBijHetStoppen.NAAM)
public class DeadLetterBehalveBijHetStoppen implements KafkaFailureHandler.Factory {

    public static final String NAAM = "wsp-dead-letter-queue";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private volatile boolean gestopt;

    DeadLetterBehalveBijHetStoppen(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
                                   KafkaFailureHandler.Factory deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    /** Before everything else that observes the shutdown: from here on no failure is dead-lettered. */
    void stoppen(@Observes @Priority(0) ShutdownEvent shutdown) {
        gestopt = true;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        return new Afhandeling(deadLetterQueue.create(config, vertx, consumer, reportFailure), reportFailure, () -> gestopt);
    }

    /** One channel's handling: dead-letter while running, stop the channel without a commit while stopping. */
    static final class Afhandeling implements KafkaFailureHandler {

        private final KafkaFailureHandler deadLetterQueue;
        private final BiConsumer<Throwable, Boolean> reportFailure;
        private final BooleanSupplier gestopt;

        Afhandeling(KafkaFailureHandler deadLetterQueue, BiConsumer<Throwable, Boolean> reportFailure, BooleanSupplier gestopt) {
            this.deadLetterQueue = deadLetterQueue;
            this.reportFailure = reportFailure;
            this.gestopt = gestopt;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            if (gestopt.getAsBoolean()) {
                // fatal: the source stops polling and this record's offset is never acknowledged, so never committed
                reportFailure.accept(reason, true);
                return Uni.createFrom().failure(reason);
            }
            return deadLetterQueue.handle(record, reason, metadata);
        }

        @Override
        public void terminate() {
            deadLetterQueue.terminate();
        }
    }
}
