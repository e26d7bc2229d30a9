package nl.wsp.vacancy.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of docs/api.md: a position, base64url-encoded so clients do not build it themselves. */
public final class Cursor {

    private static final String PREFIX = "p:";

    private Cursor() {
    }

    public static String van(long positie) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + positie).getBytes(StandardCharsets.UTF_8));
    }

    /** 0 for no cursor; a 400 naming {@code cursor} for one we did not hand out. */
    public static long positie(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            long positie = Long.parseLong(text.substring(PREFIX.length()));
            if (positie < 0) {
                throw new IllegalArgumentException();
            }
            return positie;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }

    public static int limiet(Integer limiet) {
        if (limiet == null) {
            return 50;
        }
        if (limiet < 1 || limiet > 200) {
            throw ApiProblem.invalid("limiet", "tussen 1 en 200");
        }
        return limiet;
    }
}
