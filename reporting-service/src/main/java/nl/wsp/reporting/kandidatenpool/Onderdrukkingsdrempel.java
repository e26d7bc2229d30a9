package nl.wsp.reporting.kandidatenpool;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The k of small-cell suppression (docs/adr/0043): no count below it is shown in the candidate pool report or the fairness
 * monitor. {@code wsp.reporting.onderdrukking.k}, default 5 (the usual threshold of Dutch statistical publications for
 * counts of persons); a region may raise it, never set it below 2.
 */
@ConfigMapping(prefix = "wsp.reporting.onderdrukking")
public interface Onderdrukkingsdrempel {

    @WithDefault("5")
    int k();

    default int waarde() {
        return Math.max(2, k());
    }
}
