package nl.wsp.matching.matchen.regels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 32-bit keys of the match projection. An occupation, skill, ISCO group or municipality gets the first four bytes
 * of the MD5 of a typed text ("vaardigheid " + URI, …); a combination (related group × reachable municipality) mixes
 * the two keys. So a key is stable across restarts, needs no lookup table, and both the intake (writing a candidate)
 * and the pre-selection (reading for a vacancy) compute it the same way in Java.
 * <p>
 * Two texts may share a key. The pre-selection only ever asks whether a candidate <em>holds</em> a key, so a shared
 * key can make a candidate look more related or raise their score bound, never drop them: the exact score and the
 * hard filters always run on the full profile in Java.
 */
public final class Matchsleutel {

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    });

    /**
     * Keys already computed, per kind: the texts come from a closed vocabulary (ESCO URIs and ISCO codes, the regions'
     * municipalities), so a few tens of thousands at most; the bound only guards against the unexpected.
     */
    private static final int HOOGSTENS_ONTHOUDEN = 100_000;
    private static final Map<String, Integer> BEROEPEN = new ConcurrentHashMap<>();
    private static final Map<String, Integer> VAARDIGHEDEN = new ConcurrentHashMap<>();
    private static final Map<String, Integer> ISCO = new ConcurrentHashMap<>();
    private static final Map<String, Integer> GEMEENTEN = new ConcurrentHashMap<>();

    private Matchsleutel() {
    }

    public static int beroep(String uri) {
        return van(BEROEPEN, "beroep ", uri);
    }

    /** An ISCO-08 unit group (4 digits) or minor group (3 digits). */
    public static int iscoGroep(String code) {
        return van(ISCO, "isco ", code);
    }

    public static int vaardigheid(String uri) {
        return van(VAARDIGHEDEN, "vaardigheid ", uri);
    }

    /**
     * Candidates who may work in this municipality: a candidate is filed under every municipality the hard mobility
     * filter lets them work in (see {@link Matchprojectie}), so a vacancy asks exactly one key.
     */
    public static int bereikbaar(String gemeente) {
        return mix(gemeente(gemeente), 0);
    }

    /**
     * What "related" means for matching, as a key: the ISCO-08 minor group (3 digits) of an occupation, or the
     * occupation itself when its ISCO group is unknown.
     */
    public static int verwantschapsgroep(String beroepUri, String iscoGroep) {
        return iscoGroep != null && iscoGroep.length() == 4 ? iscoGroep(iscoGroep.substring(0, 3)) : beroep(beroepUri);
    }

    /** As {@link #bereikbaar}, for candidates related to this group (a {@link #verwantschapsgroep} key). */
    public static int verwant(int verwantschapsgroep, String gemeente) {
        return verwant(verwantschapsgroep, bereikbaar(gemeente));
    }

    /** As {@link #verwant(int, String)}, with the municipality's {@link #bereikbaar} key already at hand. */
    public static int verwant(int verwantschapsgroep, int bereikbaar) {
        return mix(verwantschapsgroep, bereikbaar);
    }

    private static int gemeente(String naam) {
        return van(GEMEENTEN, "gemeente ", naam);
    }

    /** MurmurHash3's finaliser over two keys: well spread, and not equal to either. */
    private static int mix(int a, int b) {
        int h = a * 0x9E3779B1 ^ b;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ h >>> 16;
    }

    private static int van(Map<String, Integer> soort, String voorvoegsel, String tekst) {
        Integer sleutel = soort.get(tekst);
        if (sleutel == null) {
            sleutel = md5(voorvoegsel + tekst);
            if (soort.size() < HOOGSTENS_ONTHOUDEN) {
                soort.put(tekst, sleutel);
            }
        }
        return sleutel;
    }

    private static int md5(String tekst) {
        byte[] d = MD5.get().digest(tekst.getBytes(StandardCharsets.UTF_8));
        return (d[0] & 0xff) << 24 | (d[1] & 0xff) << 16 | (d[2] & 0xff) << 8 | (d[3] & 0xff);
    }
}
