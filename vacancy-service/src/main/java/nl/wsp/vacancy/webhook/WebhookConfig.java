package nl.wsp.vacancy.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhook delivery: how often the worker looks, the backoff between attempts and when it gives up. */
@ConfigMapping(prefix = "wsp.webhooks")
public interface WebhookConfig {

    /** {@code off} disables the scheduled worker (tests drive it by hand). */
    @WithDefault("1s")
    String interval();

    /** Wait after the first failed attempt; doubles per attempt up to {@link #maximaleWachttijd()}. */
    @WithDefault("PT5S")
    Duration eersteWachttijd();

    @WithDefault("PT1H")
    Duration maximaleWachttijd();

    /** After this many failed attempts the delivery is mislukt (still in the log). */
    @WithDefault("30")
    int maximumPogingen();

    @WithDefault("PT10S")
    Duration timeout();

    /** How long a claimed delivery stays invisible to other workers while this one sends it. */
    @WithDefault("PT1M")
    Duration claimDuur();

    @WithDefault("20")
    int batchGrootte();

    /** Plain {@code http} endpoints: only for local development and tests ({@code %dev}, {@code %test}). */
    @WithDefault("false")
    boolean httpToegestaan();

    /**
     * Host names (exactly as written in the URL) that may point to loopback or private addresses: only for local
     * development and tests. Empty in production.
     */
    java.util.Optional<java.util.List<String>> lokaleHosts();

    default java.util.Set<String> lokaleHostsSet() {
        return lokaleHosts().map(l -> l.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet())).orElse(java.util.Set.of());
    }
}
