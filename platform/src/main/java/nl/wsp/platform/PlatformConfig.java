package nl.wsp.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Set;

/**
 * What differs between the services that use the frame: their name and the topics they publish, and the frame's
 * limits (token lifetimes, throttling), which have defaults. Set in each service's {@code application.properties}
 * under {@code wsp.platform}; this mapping owns that prefix, so every key under it is declared here.
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

        /** From {@code iat} to {@code exp} at most this long for a {@code partnersysteem}. */
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
