package nl.wsp.matching.kandidaat;

/**
 * Recognises a Dutch citizen service number (BSN) so that it is never stored as a candidate reference. A value
 * counts as a BSN when, stripped of spaces, dots and dashes, it is 9 digits (or 8, a BSN written without its
 * leading zero) that pass the eleven-test: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 ≡ 0 (mod 11), and not all zeros.
 * The value itself is never logged or echoed: callers only learn yes or no.
 */
public final class BsnElfproef {

    private BsnElfproef() {
    }

    public static boolean isBsn(String waarde) {
        if (waarde == null) {
            return false;
        }
        StringBuilder cijfers = new StringBuilder(9);
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            if (c >= '0' && c <= '9') {
                cijfers.append(c);
            } else if (c != ' ' && c != '.' && c != '-') {
                return false; // letters or other characters: not a number written like a BSN
            }
        }
        if (cijfers.length() == 8) {
            cijfers.insert(0, '0');
        }
        if (cijfers.length() != 9) {
            return false;
        }
        int som = 0;
        boolean alleNullen = true;
        for (int i = 0; i < 8; i++) {
            int d = cijfers.charAt(i) - '0';
            alleNullen &= d == 0;
            som += (9 - i) * d;
        }
        int laatste = cijfers.charAt(8) - '0';
        alleNullen &= laatste == 0;
        som -= laatste;
        return !alleNullen && som % 11 == 0;
    }
}
