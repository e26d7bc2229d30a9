package nl.wsp.vacancy.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The signature of a delivery, as the Standard Webhooks specification has it (docs/api.md shows how to verify):
 * headers {@value #ID} (the CloudEvent id: the same for every retry, so a receiver deduplicates on it),
 * {@value #TIJDSTIP} (Unix seconds of this attempt, so a receiver refuses old or replayed deliveries) and
 * {@value #HANDTEKENING}: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. The key is the subscription's secret
 * {@code whsec_<base64>}: the bytes the base64 decodes to.
 */
public final class Handtekening {

    public static final String ID = "webhook-id";
    public static final String TIJDSTIP = "webhook-timestamp";
    public static final String HANDTEKENING = "webhook-signature";
    public static final String PREFIX = "whsec_";

    private Handtekening() {
    }

    public static String van(String geheim, String id, long tijdstip, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel(geheim), "HmacSHA256"));
            mac.update((id + "." + tijdstip + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public static boolean klopt(String geheim, String id, long tijdstip, byte[] body, String header) {
        return header != null && MessageDigest.isEqual(van(geheim, id, tijdstip, body).getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8));
    }

    /** A new secret: 32 random bytes, {@code whsec_} + base64. */
    static String nieuwGeheim(java.security.SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The HMAC key: the decoded bytes of a {@code whsec_} secret; an older secret (before V10) as its UTF-8 bytes. */
    private static byte[] sleutel(String geheim) {
        return geheim.startsWith(PREFIX) ? Base64.getDecoder().decode(geheim.substring(PREFIX.length()))
                : geheim.getBytes(StandardCharsets.UTF_8);
    }
}
