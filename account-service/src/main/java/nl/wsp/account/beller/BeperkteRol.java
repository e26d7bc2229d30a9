package nl.wsp.account.beller;

import jakarta.enterprise.inject.Instance;
import nl.wsp.platform.problem.ApiProblem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limited role of re-integration companies and private intermediaries (docs/adr/0042), in one place: once the
 * frame's {@link nl.wsp.platform.security.BellerFilter} resolved the caller, an adviser or system of such a partner
 * reaches only resource methods marked {@link OokVoorBeperktePartner}; any other is {@code 403 geen-toegang}, before
 * the resource runs. Closed by default: an operation added later is closed to them until it is marked.
 */
public class BeperkteRol {

    /** Just after the frame's {@code BellerFilter} ({@code Priorities.AUTHORIZATION + 10}). */
    private static final int NA_DE_BELLER = 2000 + 20;

    private static final Map<String, Boolean> OPEN = new ConcurrentHashMap<>();

    private final Instance<Beller> beller;

    BeperkteRol(Instance<Beller> beller) {
        this.beller = beller;
    }

    @ServerRequestFilter(priority = NA_DE_BELLER)
    public void weigerBuitenDeBeperkteRol(SimpleResourceInfo resource) {
        if (resource.getResourceClass() == null || ookVoorBeperktePartner(resource)) {
            return;
        }
        Beller b = beller.get();
        if ((b.isAdviseur() || b.isPartnersysteem()) && b.isBeperktePartner()) {
            throw ApiProblem.forbidden("Een partner met een beperkte rol (re-integratiebedrijf, private bemiddelaar) "
                    + "ziet geen werkgevers, contactmomenten, contactverzoeken, accountplannen of rapportages");
        }
    }

    private static boolean ookVoorBeperktePartner(SimpleResourceInfo resource) {
        String sleutel = resource.getResourceClass().getName() + "#" + resource.getMethodName()
                + java.util.Arrays.toString(resource.parameterTypes());
        return OPEN.computeIfAbsent(sleutel, k -> {
            try {
                Method m = resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
                return m.isAnnotationPresent(OokVoorBeperktePartner.class);
            } catch (NoSuchMethodException nietPubliek) {
                return false;
            }
        });
    }
}
