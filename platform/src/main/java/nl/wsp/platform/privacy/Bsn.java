package nl.wsp.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for recognising a Dutch citizen service number (BSN) anywhere in a string, so that none is ever
 * stored, logged or sent (docs/adr/0012). A string holds a BSN when it contains a run of exactly 9 digits that
 * passes the eleven-test ({@code 9a+8b+7c+6d+5e+4f+3g+2h-1i ≡ 0 mod 11}, not all zeros). Within the run one
 * separator (space, dot, dash, colon, slash or underscore) may stand between two digits; letters may stand before
 * and after it ({@code BSN111222333}, {@code GA:111 222 333}). A run of 8 or 10 digits is no BSN.
 * <p>
 * A canonical UUID ({@code 8-4-4-4-12} hex), as the whole value or inside it (an ESCO URI, {@code REF-<uuid>}), is
 * the platform's kind of id and is not searched: its hex groups hold a 9-digit run that passes the eleven-test in
 * about one UUID in 180, which would refuse our own ids. The text on either side of it is searched as usual.
 * <p>
 * Pure Java, one pass (plus one regex for UUIDs in strings of 36 characters or more that hold a run of nine digits at
 * all): cheap enough for every string of every request. The answer is yes or no; the value itself never leaves this
 * class.
 */
public final class Bsn {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Bsn() {
    }

    /** Whether the value contains, anywhere, a 9-digit run that passes the eleven-test. */
    public static boolean komtVoorIn(CharSequence waarde) {
        if (waarde == null || waarde.length() < 9) {
            return false;
        }
        if (waarde.length() < 36) {
            return zoek(waarde, 0, waarde.length());
        }
        // a run within a part is part of a run of the whole string, at least as long: without a run of nine digits in
        // the whole (the usual case: URIs, names, notes) no part has one, and the UUID search is skipped
        if (!langsteReeksMinstens(waarde, 9)) {
            return false;
        }
        // UUIDs are cut out: what is left on either side is searched on its own
        Matcher uuid = UUID.matcher(waarde);
        int van = 0;
        while (uuid.find()) {
            if (zoek(waarde, van, uuid.start())) {
                return true;
            }
            van = uuid.end();
        }
        return zoek(waarde, van, waarde.length());
    }

    private static boolean zoek(CharSequence waarde, int van, int tot) {
        if (tot - van < 9) {
            return false;
        }
        int i = van;
        while (i < tot) {
            if (!cijfer(waarde.charAt(i))) {
                i++;
                continue;
            }
            // a maximal run: digits with at most one separator between two of them
            int aantal = 0;
            int som = 0;
            int laatste = 0;
            int j = i;
            while (true) {
                int d = waarde.charAt(j) - '0';
                aantal++;
                if (aantal <= 8) {
                    som += (10 - aantal) * d;
                } else if (aantal == 9) {
                    laatste = d;
                }
                int volgende = j + 1;
                if (volgende < tot && cijfer(waarde.charAt(volgende))) {
                    j = volgende;
                } else if (volgende + 1 < tot && scheiding(waarde.charAt(volgende)) && cijfer(waarde.charAt(volgende + 1))) {
                    j = volgende + 1;
                } else {
                    break;
                }
            }
            if (aantal == 9 && elfproef(som, laatste)) {
                return true;
            }
            i = j + 1;
        }
        return false;
    }

    /** Whether some run (digits, at most one separator between two of them) counts at least {@code n} digits. */
    private static boolean langsteReeksMinstens(CharSequence waarde, int n) {
        int aantal = 0;
        int lengte = waarde.length();
        for (int i = 0; i < lengte; i++) {
            char c = waarde.charAt(i);
            if (cijfer(c)) {
                if (++aantal >= n) {
                    return true;
                }
            } else if (!(aantal > 0 && scheiding(c) && i + 1 < lengte && cijfer(waarde.charAt(i + 1)))) {
                aantal = 0;
            }
        }
        return false;
    }

    /** The eleven-test over nine digits given as a string of exactly nine digits (for tests and callers that hold one). */
    public static boolean elfproef(String negenCijfers) {
        if (negenCijfers == null || negenCijfers.length() != 9) {
            return false;
        }
        int som = 0;
        for (int k = 0; k < 9; k++) {
            char c = negenCijfers.charAt(k);
            if (!cijfer(c)) {
                return false;
            }
            if (k < 8) {
                som += (9 - k) * (c - '0');
            }
        }
        return elfproef(som, negenCijfers.charAt(8) - '0');
    }

    /** {@code som} is 9a+…+2h over the first eight digits; all zeros gives som 0 and last 0. */
    private static boolean elfproef(int som, int laatste) {
        if (som == 0 && laatste == 0) {
            return false;
        }
        return (som - laatste) % 11 == 0;
    }

    private static boolean cijfer(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean scheiding(char c) {
        return c == ' ' || c == '.' || c == '-' || c == ':' || c == '/' || c == '_';
    }
}
