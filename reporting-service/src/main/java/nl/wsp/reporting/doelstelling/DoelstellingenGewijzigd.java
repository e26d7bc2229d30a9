package nl.wsp.reporting.doelstelling;

/**
 * The targets of a partner in a year changed (a CDI event, inside the transaction of the change). The partner's
 * target status is recomputed by whoever observes it ({@code realisatie.DoelstellingStatus}), so this package does not
 * depend on the realisation package that reads the targets.
 */
public record DoelstellingenGewijzigd(String partner, String regio, int jaar) {
}
