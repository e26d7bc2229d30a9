package nl.wsp.vacancy.werkgever;

/**
 * An employer of this service's copy got another account manager (a CDI event, inside the consumer's transaction).
 * Whoever keeps things per account manager observes it (the vacancies move along: {@code DraagVacaturesOver});
 * so this package does not depend on theirs.
 */
public record AccountmanagerGewisseld(Werkgever werkgever, String reden) {
}
