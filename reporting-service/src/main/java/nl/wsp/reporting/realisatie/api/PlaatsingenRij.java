package nl.wsp.reporting.realisatie.api;

import java.util.Map;

/** One line of a placement table: a municipality (or "Buiten regio", or "Totaal") or a period; totaal is the sum of its cells. */
public record PlaatsingenRij(String naam, int totaal, Map<String, Integer> aantallen) {
}
