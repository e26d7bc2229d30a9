package nl.wsp.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

/**
 * What differs between the services that use the frame, and nothing else: their name and the topics they publish.
 * Set in each service's {@code application.properties} under {@code wsp.platform}.
 */
@ConfigMapping(prefix = "wsp.platform")
public interface PlatformConfig {

    /** The service's name, e.g. {@code account-service}: the CloudEvent {@code source} and the relay's Kafka client id. */
    String service();

    /** The CloudEvent {@code source} of every event this service publishes: {@code /wsp/<service>}. */
    default String source() {
        return "/wsp/" + service();
    }

    Outbox outbox();

    Timers timers();

    interface Timers {

        /**
         * How long past its due time a durable timer may wait for its scheduler before {@code wsp.timers.overdue}
         * counts it: one tick of the slowest scheduler of the service.
         */
        @WithDefault("PT1M")
        Duration grace();
    }

    interface Outbox {

        /** Every topic this service publishes to (its AsyncAPI channels); the outbox refuses any other. */
        Set<String> topics();

        /** How often the relay looks for unpublished rows when no commit nudged it. */
        @WithDefault("1s")
        String interval();

        /** How many rows one relay transaction publishes at the most. */
        @WithDefault("500")
        int batchSize();
    }
}
