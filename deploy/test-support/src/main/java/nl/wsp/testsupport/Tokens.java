package nl.wsp.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;

/** Development bearer tokens for tests, signed with the key that only the local stack trusts. */
public final class Tokens {

    public static final String ISSUER = "https://wsp.local/dev";
    private static final PrivateKey KEY = loadKey();

    private Tokens() {
    }

    public static String adviseur(String partner) {
        return sign("adviseur", partner, "adviseur@" + partner);
    }

    public static String adviseur(String partner, String subject) {
        return sign("adviseur", partner, subject);
    }

    public static String partnersysteem(String partner) {
        return sign("partnersysteem", partner, "systeem@" + partner);
    }

    /** The WSP's public website (client credentials, claim {@code azp}): it only hands in employers' contact requests. */
    public static String website() {
        return claims("website", null, "website").claim("azp", "wsp-website").sign(KEY);
    }

    /** The website of one labour-market region (claim {@code regio}): it hands in requests of that region's employers. */
    public static String website(String regio) {
        return claims("website", null, "website@" + regio).claim("azp", "wsp-website-" + regio).claim("regio", regio).sign(KEY);
    }

    public static String dashboard() {
        return sign("dashboard", null, "dashboard");
    }

    public static String beheerder() {
        return sign("beheerder", null, "beheerder");
    }

    /** A beheerder of one labour-market region (claim {@code regio}), as region-scoped operations require. */
    public static String beheerder(String regio) {
        return claims("beheerder", null, "beheerder@" + regio).claim("regio", regio).sign(KEY);
    }

    /** A dashboard of one labour-market region (claim {@code regio}). */
    public static String dashboard(String regio) {
        return claims("dashboard", null, "dashboard@" + regio).claim("regio", regio).sign(KEY);
    }

    public static String sign(String role, String partner, String subject) {
        return claims(role, partner, subject).sign(KEY);
    }

    /** The development signing key, for a test that builds a token with claims of its own. */
    public static PrivateKey privateKey() {
        return KEY;
    }

    /**
     * As long as the services accept (wsp.platform.token.max-levensduur…, docs/api.md): an hour for people and
     * dashboards, a quarter of an hour for a machine (a partner system, the website).
     */
    public static Duration lifetime(String role) {
        return "partnersysteem".equals(role) || "website".equals(role) ? Duration.ofMinutes(15) : Duration.ofHours(1);
    }

    /** An otherwise valid token that expired an hour ago. */
    public static String expired(String role, String partner) {
        long now = System.currentTimeMillis() / 1000;
        return claims(role, partner, role).issuedAt(now - 7200).expiresAt(now - 3600).sign(KEY);
    }

    private static JwtClaimsBuilder claims(String role, String partner, String subject) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(subject).groups(role)
                .issuedAt(now).expiresAt(now + lifetime(role).toSeconds());
        if (partner != null) {
            claims.claim("partner", partner);
        }
        return claims;
    }

    private static PrivateKey loadKey() {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream("dev-keys/dev-private.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-keys/dev-private.pem is not on the test classpath");
            }
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
