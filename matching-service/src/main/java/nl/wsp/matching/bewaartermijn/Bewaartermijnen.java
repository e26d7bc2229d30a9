package nl.wsp.matching.bewaartermijn;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;
import java.util.Optional;

/**
 * Retention periods per kind of data (wsp.privacy.bewaartermijn.*, ISO-8601 periods such as P1Y or P30D). The defaults
 * and their sources are in docs/adr/0017-erasure-and-retention.md and the table in docs/bewaartermijnen.md; a region sets its
 * own where its archive rules say otherwise.
 */
@ConfigMapping(prefix = "wsp.privacy.bewaartermijn")
public interface Bewaartermijnen {

    /** A withdrawn candidate, from the withdrawal: then erased everywhere, as on request. */
    @WithDefault("P1Y")
    Period ingetrokkenKandidaat();

    /** The after-care notes and the closing remark of an ended placement, from its end date. */
    @WithDefault("P1Y")
    Period nazorgnotities();

    /** The free-text remark of a proposal, from its outcome (from the proposal while it has none). */
    @WithDefault("P4W")
    Period voordrachttoelichting();

    /** A decided instrument deployment with its history (amounts, reasons), from the decision. */
    @WithDefault("P7Y")
    Period instrumentbesluiten();

    /**
     * A published outbox row (a copy of an event already on Kafka), from its publication: read by the frame's
     * {@code OutboxOpschoning} (default P30D), declared here because this mapping owns the prefix.
     */
    Optional<Period> outbox();

    /** Inbox rows (event id, type, source, time: no personal data): kept unless a period is set. */
    Optional<Period> inbox();

    /**
     * The processing log's period: read by the frame's {@code Verwerkingslogboek} (default P2Y, ADR 0016), declared here
     * because this mapping owns the prefix and refuses keys it does not know.
     */
    Optional<Period> logboek();

    /** How often the job runs (a Quarkus duration such as 1h, or off). */
    @WithDefault("1h")
    String controle();
}
