package nl.wsp.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.wsp.platform.PlatformConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/**
 * What SmallRye JWT does not check: a token may live at most {@code wsp.platform.token.max-levensduur} (advisers,
 * beheerders, dashboards; default 1 h) or {@code wsp.platform.token.max-levensduur-systeem} (a partner system; default
 * 15 min) from its {@code iat} to its {@code exp}, and it may not be issued in the future beyond
 * {@code wsp.platform.token.klokafwijking} (default 60 s). A token that breaks either is not authenticated: 401.
 * The keys are {@link PlatformConfig.Token}'s, so they may be set in {@code application.properties} like any other.
 * <p>Against the wall clock, as SmallRye JWT checks {@code exp}: a test that moves the service's own clock does not
 * move the tokens' validity.
 */
@ApplicationScoped
public class TokenLevensduur implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenLevensduur.class);

    private final Duration maxLevensduur;
    private final Duration maxLevensduurSysteem;
    private final Duration klokafwijking;
    private final Clock wandklok = Clock.systemUTC();

    @Inject
    TokenLevensduur(PlatformConfig config) {
        this(config.token().maxLevensduur(), config.token().maxLevensduurSysteem(), config.token().klokafwijking());
    }

    TokenLevensduur(Duration maxLevensduur, Duration maxLevensduurSysteem, Duration klokafwijking) {
        this.maxLevensduur = maxLevensduur;
        this.maxLevensduurSysteem = maxLevensduurSysteem;
        this.klokafwijking = klokafwijking;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String reden = weigering(token.getIssuedAtTime(), token.getExpirationTime(), 
                identity.hasRole(CurrentUser.PARTNERSYSTEEM) || identity.hasRole(CurrentUser.WEBSITE));
        if (reden != null) {
            LOG.debugf("token refused: %s", reden); // never the token itself
            return Uni.createFrom().failure(new AuthenticationFailedException(reden));
        }
        return Uni.createFrom().item(identity);
    }

    /** Why a token with these {@code iat} and {@code exp} (epoch seconds) is refused, or null when it is not. */
    String weigering(long iat, long exp, boolean systeem) {
        if (iat <= 0 || exp <= 0) {
            return "iat and exp are required";
        }
        Duration max = systeem ? maxLevensduurSysteem : maxLevensduur;
        if (exp - iat > max.toSeconds()) {
            return "lifetime " + (exp - iat) + " s is longer than " + max.toSeconds() + " s";
        }
        if (iat > wandklok.instant().getEpochSecond() + klokafwijking.toSeconds()) {
            return "issued in the future";
        }
        return null;
    }
}
