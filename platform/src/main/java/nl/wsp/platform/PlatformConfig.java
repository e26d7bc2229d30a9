package nl.wsp.platform;

import io.smallrye.config.ConfigMapping;
import nl.wsp.platform.cloudevents.CloudEvents;
import io.smallrye.config.WithDefault;

import java.util.Set;

/**
 * What differs between the services that use the frame, and nothing else: their name, the topics they publish and
 * how their events name their source.
 * Set in each service's {@code application.properties} under {@code wsp.platform}.
 */
@ConfigMapping(prefix = "wsp.platform")
public interface PlatformConfig {

    /** The service's name, e.g. {@code account-service}: the CloudEvent {@code source} and the relay's Kafka client id. */
    String service();

    /**
     * The CloudEvent {@code source} of every event this service publishes: {@code urn:nld:oin:<OIN>:systeem:<service>}
     * (NL GOV profile for CloudEvents; docs/adr/0014-cloudevents-nl-gov-profile.md).
     */
    default String source() {
        return CloudEvents.source(cloudevents().oin(), service());
    }

    Outbox outbox();

    CloudEventsConfig cloudevents();

    /** How this service names itself in the CloudEvents it publishes (ADR 0014). */
    interface CloudEventsConfig {

        /**
         * The OIN (organisatie-identificatienummer, 20 digits) of the organisation that runs the platform for the region,
         * e.g. the centre municipality: the organisation part of {@code source}. The default is a placeholder of zeros
         * for local use and tests; a deployment sets its own ({@code WSP_OIN}).
         */
        @WithDefault("00000000000000000000")
        String oin();

        /**
         * Where the AsyncAPI documents ({@code docs/asyncapi/<service>.yaml}) are published: the base of every event's
         * {@code dataschema}. The default is a placeholder under the reserved {@code .example} domain; a deployment
         * sets where it serves them ({@code WSP_ASYNCAPI_BASIS}).
         */
        @WithDefault("https://wsp.example/asyncapi")
        String dataschemaBasis();
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
