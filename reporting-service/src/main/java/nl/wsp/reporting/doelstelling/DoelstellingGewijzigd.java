package nl.wsp.reporting.doelstelling;

/**
 * One target was set, changed or removed ({@code vervallen}), as a CDI event inside the transaction of the change. Its
 * progress is recomputed and published by whoever observes it ({@code realisatie.DoelstellingVoortgang}), so this
 * package does not depend on the realisation package.
 */
public record DoelstellingGewijzigd(Doelstelling doelstelling, boolean vervallen) {
}
