package nl.wsp.platform.logboek;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import nl.wsp.platform.security.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Opens the processing of a {@link Persoonsgegevens} call, and before its answer leaves logs every data subject the
 * answer names ({@link Betrokkene}) that the call did not log itself, in the call's transaction or, for a read
 * without one, in a transaction of its own. The answer is not given when its log row cannot be written. A call that
 * fails (an exception: 4xx, 5xx) leaves rows with status {@code ERROR} in a transaction of their own — one per data
 * subject it had logged before failing, or one without a data subject — while what it wrote rolls back with its
 * {@code OK} rows (docs/adr/0016-verwerkingslogboek.md, "failed processing").
 */
@Persoonsgegevens
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class PersoonsgegevensInterceptor {

    private static final List<String> ROLLEN = List.of(CurrentUser.BEHEERDER, CurrentUser.PARTNERSYSTEEM,
            CurrentUser.ADVISEUR, CurrentUser.DASHBOARD, CurrentUser.WEBSITE);

    private final Verwerkingslogboek logboek;
    private final Instance<CurrentUser> user;
    private final Instance<HttpServerRequest> request;

    PersoonsgegevensInterceptor(Verwerkingslogboek logboek, Instance<CurrentUser> user, Instance<HttpServerRequest> request) {
        this.logboek = logboek;
        this.user = user;
        this.request = request;
    }

    @AroundInvoke
    Object verwerk(InvocationContext ctx) throws Exception {
        Persoonsgegevens p = binding(ctx);
        Verwerking v = logboek.begin(logboek.activiteit(p.activiteit()), traceparent(), wie(), rol(), partner());
        try {
            Object antwoord = ctx.proceed();
            Map<String, Set<UUID>> perSoort = Betrokkenen.perSoort(antwoord);
            perSoort.values().forEach(b -> b.removeIf(v::isGelogd));
            perSoort.values().removeIf(Set::isEmpty);
            if (!perSoort.isEmpty()) {
                QuarkusTransaction.joiningExisting().run(() ->
                        perSoort.forEach((soort, betrokkenen) -> logboek.registreer(betrokkenen, soort, p.handeling())));
            }
            return antwoord;
        } catch (Exception | Error mislukt) {
            fout(v, p, mislukt);
            throw mislukt;
        } finally {
            logboek.einde(v);
        }
    }

    /**
     * The call failed: its {@code ERROR} rows, in their own transaction (the call's rolls back). Writing them must not
     * hide why the call failed, so a failure to write is added to the original, not thrown instead of it.
     */
    private void fout(Verwerking v, Persoonsgegevens p, Throwable mislukt) {
        try {
            logboek.registreerFout(v, p.handeling());
        } catch (RuntimeException geenRegel) {
            mislukt.addSuppressed(geenRegel);
        }
    }

    private static Persoonsgegevens binding(InvocationContext ctx) {
        Persoonsgegevens p = ctx.getMethod().getAnnotation(Persoonsgegevens.class);
        if (p == null) {
            p = ctx.getMethod().getDeclaringClass().getAnnotation(Persoonsgegevens.class);
        }
        if (p == null) {
            p = ctx.getInterceptorBinding(Persoonsgegevens.class);
        }
        if (p == null || p.activiteit().isBlank()) {
            throw new IllegalStateException("@Persoonsgegevens on " + ctx.getMethod() + " names no processing activity");
        }
        return p;
    }

    private String traceparent() {
        try {
            return request.isResolvable() ? request.get().getHeader("traceparent") : null;
        } catch (RuntimeException outsideAnHttpRequest) {
            return null; // a consumer or a scheduled job: a fresh trace
        }
    }

    private String wie() {
        try {
            return user.isResolvable() ? user.get().subject() : "systeem";
        } catch (RuntimeException geenVerzoek) {
            return "systeem";
        }
    }

    private String rol() {
        try {
            if (user.isResolvable()) {
                for (String rol : ROLLEN) {
                    if (user.get().is(rol)) {
                        return rol;
                    }
                }
            }
        } catch (RuntimeException geenVerzoek) {
            return "systeem";
        }
        return "onbekend";
    }

    private String partner() {
        try {
            return user.isResolvable() ? user.get().partner().filter(x -> !x.isBlank()).orElse(null) : null;
        } catch (RuntimeException geenVerzoek) {
            return null;
        }
    }
}
