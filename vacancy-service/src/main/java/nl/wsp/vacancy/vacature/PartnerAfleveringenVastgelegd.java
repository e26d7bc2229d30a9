package nl.wsp.vacancy.vacature;

/**
 * Fired (a CDI event) in the transaction that wrote webhook deliveries of partner events; observed after that
 * transaction commits, to wake the webhook sender instead of leaving the deliveries to its next poll
 * (docs/adr/0018-wake-up-instead-of-polling.md).
 *
 * @param aantal the deliveries written
 */
public record PartnerAfleveringenVastgelegd(int aantal) {
}
