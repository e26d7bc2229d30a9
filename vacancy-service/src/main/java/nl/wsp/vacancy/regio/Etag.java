package nl.wsp.vacancy.regio;

import nl.wsp.platform.problem.ApiProblem;

/** The strong ETag of a region's settings: its version in quotes ({@code "3"}), and what If-Match must send back. */
final class Etag {

    private Etag() {
    }

    static String van(long versie) {
        return "\"" + versie + "\"";
    }

    /**
     * The version an If-Match names; {@code *} matches the current one. Missing is 428 (a change must say which version
     * it read), anything else that is not one of our tags is 412, as for a stale one.
     */
    static long versie(String ifMatch, long huidige) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(428, "voorwaarde-vereist", "Voorwaarde vereist",
                    "Stuur If-Match met de ETag die u las (GET), zodat u geen wijziging van een ander overschrijft", null, null);
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return huidige;
        }
        if (tag.length() > 2 && tag.length() < 22 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
