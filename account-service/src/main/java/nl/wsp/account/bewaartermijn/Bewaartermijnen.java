package nl.wsp.account.bewaartermijn;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;
import java.util.Optional;

/**
 * account-service's retention periods per kind of personal data (wsp.privacy.bewaartermijn.*, ISO-8601 periods such as
 * P2Y). Free text about people goes; the facts the service and reporting count (that a contact, a request, a score, an
 * assignment happened, when, by which partner) stay. Defaults and sources: docs/bewaartermijnen.md, ADR 0017 §account.
 */
@ConfigMapping(prefix = "wsp.privacy.bewaartermijn")
public interface Bewaartermijnen {

    /** A contact moment's summary and follow-up appointment, from its date (and from the follow-up date if later). */
    @WithDefault("P2Y")
    Period contactmomenten();

    /** A contact request's subject and who answered it, from the answer (from its receipt while unanswered). */
    @WithDefault("P1Y")
    Period contactverzoeken();

    /** An NPS response's remark, from its registration; the score stays for the rounds' comparison. */
    @WithDefault("P2Y")
    Period npsToelichtingen();

    /** The reason and the assigner of an account-manager assignment, from the assignment; who held the account stays. */
    @WithDefault("P2Y")
    Period toewijzingen();

    /** Read by the frame's {@code OutboxOpschoning} (default P30D); declared because this mapping owns the prefix. */
    Optional<Period> outbox();

    /** Read by the frame's {@code Verwerkingslogboek} (default P2Y, ADR 0016); declared because this mapping owns the prefix. */
    Optional<Period> logboek();

    /** How often the job runs (a Quarkus duration such as 1h, or off). */
    @WithDefault("1h")
    String controle();
}
