package nl.wsp.infra;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Prints a development bearer token signed with the development key in {@code deploy/dev-keys}.
 * Only a local stack started by {@code ./wsp up} (or a test) trusts that key; production verifies
 * tokens of its own OIDC provider (deploy/security.md).
 */
public final class DevToken {

    static final String ISSUER = "https://wsp.local/dev";
    private static final Set<String> ROLES = Set.of("adviseur", "partnersysteem", "dashboard", "beheerder");

    private DevToken() {
    }

    public static void main(String[] args) throws Exception {
        String role = null;
        String partner = null;
        String subject = null;
        String regio = null;
        Path key = Path.of("deploy", "dev-keys", "dev-private.pem");
        Duration lifetime = Duration.ofHours(8);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> role = args[++i];
                case "--partner" -> partner = args[++i];
                case "--subject" -> subject = args[++i];
                case "--regio" -> regio = args[++i];
                case "--key" -> key = Path.of(args[++i]);
                case "--hours" -> lifetime = Duration.ofHours(Long.parseLong(args[++i]));
                default -> usage("unknown option " + args[i]);
            }
        }
        if (role == null || !ROLES.contains(role)) {
            usage("--role must be one of " + ROLES);
        }
        if ((role.equals("adviseur") || role.equals("partnersysteem")) && partner == null) {
            usage("role " + role + " needs --partner <partner code>");
        }
        System.out.println(sign(key, role, partner, subject != null ? subject : role + (partner != null ? "@" + partner : ""), regio,
                lifetime));
    }

    static String sign(Path key, String role, String partner, String subject, Duration lifetime) throws Exception {
        return sign(key, role, partner, subject, null, lifetime);
    }

    /** @param regio the labour-market region of a beheerder or dashboard (claim {@code regio}), or null */
    static String sign(Path key, String role, String partner, String subject, String regio, Duration lifetime) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
        claims.setGeneratedJwtId();
        claims.setStringListClaim("groups", List.of(role));
        if (partner != null) {
            claims.setClaim("partner", partner);
        }
        if (regio != null) {
            claims.setClaim("regio", regio);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(readPrivateKey(key));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }

    private static PrivateKey readPrivateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: ./wsp token --role adviseur|partnersysteem|dashboard|beheerder [--partner CODE] [--subject NAME] [--regio REGION]");
        System.exit(64);
    }
}
