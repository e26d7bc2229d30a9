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
 * <p>An adviser is known by one claim in every service: {@code sub} = the adviser's id in account-service
 * (docs/api.md). For {@code --role adviseur} the token is issued for a real demo adviser of {@code --partner}
 * ({@code deploy/demo/amersfoort/10-account.json}; {@code --adviseur LOGIN} picks one), whose id is asked of the
 * running account-service ({@code ./wsp up}); {@code --subject ID} skips the look-up.
 */
public final class DevToken {

    static final String ISSUER = "https://wsp.local/dev";
    /** The audience the local stack requires in its production profile ({@code WSP_TOKEN_AUDIENCE}, set by ./wsp). */
    static final String AUDIENCE = "wsp-api";
    private static final Set<String> ROLES = Set.of("adviseur", "partnersysteem", "dashboard", "beheerder", "website");

    private DevToken() {
    }

    public static void main(String[] args) throws Exception {
        String role = null;
        String partner = null;
        String subject = null;
        String adviseur = null;
        Path demo = Path.of("deploy", "demo", "amersfoort", "10-account.json");
        int accountPort = Integer.parseInt(System.getenv().getOrDefault("WSP_ACCOUNT_PORT", "8081"));
        String regio = null;
        Path key = Path.of("deploy", "dev-keys", "dev-private.pem");
        Duration lifetime = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> role = args[++i];
                case "--partner" -> partner = args[++i];
                case "--subject" -> subject = args[++i];
                case "--adviseur" -> adviseur = args[++i];
                case "--demo" -> demo = Path.of(args[++i]);
                case "--account-port" -> accountPort = Integer.parseInt(args[++i]);
                case "--regio" -> regio = args[++i];
                case "--key" -> key = Path.of(args[++i]);
                case "--minutes" -> lifetime = Duration.ofMinutes(Long.parseLong(args[++i]));
                default -> usage("unknown option " + args[i]);
            }
        }
        if (role == null || !ROLES.contains(role)) {
            usage("--role must be one of " + ROLES);
        }
        if ((role.equals("adviseur") || role.equals("partnersysteem")) && partner == null) {
            usage("role " + role + " needs --partner <partner code>");
        }
        if (lifetime == null) {
            lifetime = lifetime(role);
        } else if (lifetime.compareTo(lifetime(role)) > 0) {
            System.err.println("warning: the services refuse a " + role + " token that lives longer than "
                    + lifetime(role).toMinutes() + " minutes (wsp.platform.token.max-levensduur…)");
        }
        if (role.equals("adviseur") && subject == null) {
            subject = demoAdviseurId(key, demo, partner, adviseur, accountPort);
        }
        System.out.println(sign(key, role, partner, subject != null ? subject : role + (partner != null ? "@" + partner : ""), regio,
                lifetime));
    }

    /**
     * The longest a token of {@code role} may live for the services (docs/api.md, "Tokens"): an hour for people and
     * dashboards, a quarter of an hour for a machine (a partner system, the website). The default of {@code ./wsp token}.
     */
    static Duration lifetime(String role) {
        return "partnersysteem".equals(role) || "website".equals(role) ? Duration.ofMinutes(15) : Duration.ofHours(1);
    }

    static String sign(Path key, String role, String partner, String subject, Duration lifetime) throws Exception {
        return sign(key, role, partner, subject, null, lifetime);
    }

    /** @param regio the labour-market region of a beheerder or dashboard (claim {@code regio}), or null */
    static String sign(Path key, String role, String partner, String subject, String regio, Duration lifetime) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(claims.getIssuedAt().getValue() + lifetime.toSeconds()));
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

    /** The id of a demo adviser of {@code partner} (the first in the demo data, or the one with login {@code login}). */
    static String demoAdviseurId(Path key, Path demo, String partner, String login, int accountPort) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String gekozen = null;
        for (com.fasterxml.jackson.databind.JsonNode stap : json.readTree(demo.toFile())) {
            com.fasterxml.jackson.databind.JsonNode body = stap.path("body");
            if (stap.path("path").asText().equals("/api/v1/adviseurs") && body.path("partner").asText().equals(partner)
                    && (login == null || body.path("gebruikersnaam").asText().equals(login))) {
                gekozen = body.path("gebruikersnaam").asText();
                break;
            }
        }
        if (gekozen == null) {
            usage("the demo data (" + demo + ") has no adviser " + (login != null ? login + " " : "") + "of partner " + partner
                    + "; pass --subject <adviser id>");
        }
        java.net.http.HttpResponse<String> antwoord;
        try {
            antwoord = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + accountPort + "/api/v1/adviseurs?limiet=200&partner=" + partner))
                    .header("Authorization", "Bearer " + sign(key, "beheerder", null, "wsp-token", Duration.ofMinutes(1)))
                    .timeout(Duration.ofSeconds(10)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            usage("account-service does not answer on port " + accountPort + " (start ./wsp up, or pass --subject <adviser id>)");
            return null;
        }
        for (com.fasterxml.jackson.databind.JsonNode a : json.readTree(antwoord.body()).path("resultaten")) { // one page: a partner has few advisers
            if (a.path("gebruikersnaam").asText().equals(gekozen)) {
                System.err.println("token for demo adviser " + a.path("naam").asText() + " (" + gekozen + "), id " + a.path("id").asText());
                return a.path("id").asText();
            }
        }
        usage("account-service does not know demo adviser " + gekozen + " yet (is the demo data seeded?)");
        return null;
    }

    private static PrivateKey readPrivateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: ./wsp token --role adviseur|partnersysteem|dashboard|beheerder [--partner CODE]"
                + " [--adviseur DEMO-LOGIN | --subject ADVISER-ID] [--account-port 8081] [--regio REGION]"
                + " [--minutes N (default 60, partnersysteem 15)]");
        System.exit(64);
    }
}
