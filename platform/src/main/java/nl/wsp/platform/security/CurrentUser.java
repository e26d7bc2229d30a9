package nl.wsp.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is calling: the token's subject, its role and, for advisers and partner systems, their partner organisation. */
@RequestScoped
public class CurrentUser {

    public static final String ADVISEUR = "adviseur";
    public static final String PARTNERSYSTEEM = "partnersysteem";
    public static final String DASHBOARD = "dashboard";
    public static final String BEHEERDER = "beheerder";
    /** The WSP's public website (client credentials): may only hand in employers' contact requests (docs/adr/0042). */
    public static final String WEBSITE = "website";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        return identity.isAnonymous() ? "anoniem" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> partner() {
        return Optional.ofNullable(token.getClaim("partner")).map(Object::toString);
    }

    /**
     * The labour-market region a {@code beheerder}, {@code dashboard} or {@code website} works for (claim {@code regio}); empty when the
     * token names none. An adviser's or partner system's region is its partner's, which only the service knows.
     */
    public Optional<String> regio() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.getClaim("regio")).map(Object::toString).filter(r -> !r.isBlank());
    }
}
