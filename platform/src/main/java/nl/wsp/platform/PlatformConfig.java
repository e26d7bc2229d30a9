package nl.wsp.platform;

import io.smallrye.config.ConfigMapping;
import nl.wsp.platform.cloudevents.CloudEvents;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

/**
 * What differs between the services that use the frame: their name, the topics they publish, how their events name
 * their source, and the frame's limits (token lifetimes, throttling), which have defaults. Set in each service's
 * {@code application.properties} under {@code wsp.platform}; this mapping owns that prefix, so every key under it is
 * declared here.
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

    Token token();

    /** What SmallRye JWT does not check ({@code TokenLevensduur}, docs/api.md "Tokens are short-lived"). */
    interface Token {

        /** From {@code iat} to {@code exp} at most this long for advisers, beheerders and dashboards. */
        @WithDefault("1h")
        Duration maxLevensduur();

        /** From {@code iat} to {@code exp} at most this long for a machine: a {@code partnersysteem} or the {@code website}. */
        @WithDefault("15m")
        Duration maxLevensduurSysteem();

        /** How far in the future an {@code iat} may lie (clocks differ a little). */
        @WithDefault("60s")
        Duration klokafwijking();
    }

    Throttling throttling();

    /**
     * Throttling per client (the token's {@code azp}, else its {@code sub}) of every write and of bulk pushes
     * ({@code Throttling}, ADR 0015): at most {@code schrijfacties} writes and {@code bulkleveringen} bulk pushes
     * per {@code periode}; one more is {@code 429} with {@code Retry-After}. Reads are not throttled.
     */
    interface Throttling {

        /** Off only for a benchmark that measures the service itself. */
        @WithDefault("true")
        boolean actief();

        /** The window in which the limits below hold; a client's allowance is refilled at its end. */
        @WithDefault("1m")
        Duration periode();

        /** Writes (POST, PUT, PATCH, DELETE) per client per period, bulk pushes not counted. */
        @WithDefault("600")
        int schrijfacties();

        /** Bulk pushes (an operation marked {@code @Bulklevering}) per client per period. */
        @WithDefault("60")
        int bulkleveringen();
    }
}
