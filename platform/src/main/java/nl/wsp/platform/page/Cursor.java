package nl.wsp.platform.page;

import nl.wsp.platform.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque keyset cursors (docs/api.md): the sort key of the last row served, base64url-encoded. A client sends back
 * what it got; anything else is refused as {@code cursor} with 400.
 * <p>
 * Two shapes, both kept because clients hold cursors of each: a list of key parts ({@link #maak}, {@link #lees}),
 * and a position in a feed ({@link #van}, {@link #positie}).
 */
public final class Cursor {

    private static final String SEP = "\u001f";
    private static final String POSITIE = "p:";
    private static final String SLEUTEL = "k:";
    private static final String ONBEKEND = "onbekende cursor; stuur terug wat u kreeg";

    private Cursor() {
    }

    public static String maak(String... delen) {
        return encode(String.join(SEP, delen));
    }

    public static String[] lees(String cursor, int aantalDelen) {
        try {
            String[] delen = decode(cursor).split(SEP, -1);
            if (delen.length != aantalDelen) {
                throw new IllegalArgumentException("wrong shape");
            }
            return delen;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", ONBEKEND);
        }
    }

    public static UUID uuid(String waarde) {
        try {
            return UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", ONBEKEND);
        }
    }

    /** The cursor of a position in a feed (a sequence number). */
    public static String van(long positie) {
        return encode(POSITIE + positie);
    }

    /** 0 for no cursor; a 400 naming {@code cursor} for one we did not hand out. */
    public static long positie(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = decode(cursor);
            if (!text.startsWith(POSITIE)) {
                throw new IllegalArgumentException("wrong shape");
            }
            long positie = Long.parseLong(text.substring(POSITIE.length()));
            if (positie < 0) {
                throw new IllegalArgumentException("negative");
            }
            return positie;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", ONBEKEND);
        }
    }

    /**
     * The order key of a list held whole ({@link Pagina#uit}): parts joined so that comparing the joined strings
     * compares the parts in order (a part that is a prefix of another sorts first). Numbers must be zero-padded by
     * the caller ({@code "%019d"}), instants written as ISO-8601 UTC with a fixed precision.
     */
    public static String sleutel(String... delen) {
        return String.join(SEP, delen);
    }

    static String vanSleutel(String sleutel) {
        return encode(SLEUTEL + sleutel);
    }

    static String leesSleutel(String cursor) {
        try {
            String text = decode(cursor);
            if (!text.startsWith(SLEUTEL)) {
                throw new IllegalArgumentException("wrong shape");
            }
            return text.substring(SLEUTEL.length());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", ONBEKEND);
        }
    }

    /** {@code limiet}: 1–200, default 50 (docs/api.md). */
    public static int limiet(Integer limiet) {
        if (limiet == null) {
            return 50;
        }
        if (limiet < 1 || limiet > 200) {
            throw ApiProblem.invalid("limiet", "tussen 1 en 200");
        }
        return limiet;
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }
}
