package nl.wsp.vacancy.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The signature of a delivery: header {@value #HEADER}: {@code sha256=<hex HMAC-SHA256 of the exact body bytes, keyed
 * with the subscription's secret>}. A receiver recomputes it over the raw body and compares in constant time.
 */
public final class Handtekening {

    public static final String HEADER = "WSP-Signature";

    private Handtekening() {
    }

    public static String van(String geheim, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public static boolean klopt(String geheim, byte[] body, String header) {
        return header != null && MessageDigest.isEqual(van(geheim, body).getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8));
    }
}
