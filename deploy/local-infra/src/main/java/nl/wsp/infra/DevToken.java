package nl.wsp.infra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
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
        Path key = Path.of("deploy", "dev-keys", "dev-private.pem");
        Duration lifetime = Duration.ofHours(8);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> role = args[++i];
                case "--partner" -> partner = args[++i];
                case "--subject" -> subject = args[++i];
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
        PrivateKey privateKey = KeyUtils.decodePrivateKey(Files.readString(key));
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject != null ? subject : role + (partner != null ? "@" + partner : ""))
                .groups(role)
                .expiresIn(lifetime);
        if (partner != null) {
            claims.claim("partner", partner);
        }
        System.out.println(claims.jws().sign(privateKey));
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: ./wsp token --role adviseur|partnersysteem|dashboard|beheerder [--partner CODE] [--subject NAME]");
        System.exit(64);
    }
}
