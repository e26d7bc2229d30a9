package nl.wsp.platform.privacy;

import java.util.Random;

/**
 * Nine-digit numbers that pass the eleven-test: they look exactly like a BSN and belong to nobody we know. Generated,
 * so that the guard is proved on numbers nobody picked; services' tests use it through the frame's test jar.
 */
public final class BsnGenerator {

    private static final Random RANDOM = new Random();

    private BsnGenerator() {
    }

    public static String nieuw() {
        synchronized (RANDOM) {
            return nieuw(RANDOM);
        }
    }

    public static String nieuw(Random random) {
        while (true) {
            int[] d = new int[9];
            d[0] = 1 + random.nextInt(9);
            int som = 9 * d[0];
            for (int i = 1; i < 8; i++) {
                d[i] = random.nextInt(10);
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste == 10) {
                continue;
            }
            d[8] = laatste;
            StringBuilder s = new StringBuilder(9);
            for (int x : d) {
                s.append(x);
            }
            return s.toString();
        }
    }

    /** {@code 1234.56.789}: the way a BSN is often written on paper. */
    public static String metPunten(String bsn) {
        return bsn.substring(0, 4) + "." + bsn.substring(4, 6) + "." + bsn.substring(6);
    }
}
