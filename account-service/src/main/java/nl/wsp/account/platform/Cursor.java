package nl.wsp.account.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors (docs/api.md): the sort key of the last row served, base64url-encoded. A client sends back
 * what it got; anything else is refused as {@code cursor} with 400.
 */
public final class Cursor {

    private static final String SEP = "\u001f";

    private Cursor() {
    }

    public static String maak(String... delen) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEP, delen).getBytes(StandardCharsets.UTF_8));
    }

    public static String[] lees(String cursor, int aantalDelen) {
        try {
            String[] delen = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEP, -1);
            if (delen.length != aantalDelen) {
                throw new IllegalArgumentException("wrong shape");
            }
            return delen;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }

    public static java.util.UUID uuid(String waarde) {
        try {
            return java.util.UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }
}
