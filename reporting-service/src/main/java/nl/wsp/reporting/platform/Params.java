package nl.wsp.reporting.platform;

import nl.wsp.platform.problem.ApiProblem;

/**
 * Query parameters read by hand, so a malformed one is a 400 naming it (JAX-RS would answer 404 for a query
 * parameter it cannot convert).
 */
public final class Params {

    private Params() {
    }

    /** A whole number, or null when absent; anything else is a 400 naming {@code naam}. */
    public static Integer getal(String naam, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(waarde.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid(naam, "geen geheel getal");
        }
    }
}
