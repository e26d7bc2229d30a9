package nl.wsp.account.platform;

import nl.wsp.platform.problem.ApiProblem;
import java.util.UUID;

/**
 * Query parameters read by hand, so a malformed one is a 400 naming it — JAX-RS would answer 404 for a query
 * parameter it cannot convert, and silently read "ja" as false for a Boolean.
 */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(name, "geen geldige id (UUID)");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiProblem.invalid(name, "true of false");
        };
    }

    /** {@code limiet}: 1–200, default 50 (docs/api.md). */
    public static int limiet(String value) {
        if (value == null || value.isBlank()) {
            return 50;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 200) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiProblem.invalid("limiet", "een geheel getal van 1 tot en met 200");
    }
}
