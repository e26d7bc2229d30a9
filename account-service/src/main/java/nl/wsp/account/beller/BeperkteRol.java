package nl.wsp.account.beller;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ResourceInfo;
import nl.wsp.platform.problem.ApiProblem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The limited role of re-integration companies and private intermediaries (docs/adr/0042), in one place: once the
 * frame's {@link nl.wsp.platform.security.BellerFilter} resolved the caller, an adviser or system of such a partner
 * reaches only resource methods marked {@link OokVoorBeperktePartner}; any other is {@code 403 geen-toegang}, before
 * the resource runs. Closed by default: an operation added later is closed to them until it is marked.
 */
public class BeperkteRol {

    private final Instance<Beller> beller;

    BeperkteRol(Instance<Beller> beller) {
        this.beller = beller;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION + 20)
    public void weigerBuitenDeBeperkteRol(ResourceInfo resource) {
        if (resource.getResourceMethod() == null || resource.getResourceMethod().isAnnotationPresent(OokVoorBeperktePartner.class)) {
            return;
        }
        Beller b = beller.get();
        if ((b.isAdviseur() || b.isPartnersysteem()) && b.isBeperktePartner()) {
            throw ApiProblem.forbidden("Een partner met een beperkte rol (re-integratiebedrijf, private bemiddelaar) "
                    + "ziet geen werkgevers, contactmomenten, contactverzoeken, accountplannen of rapportages");
        }
    }
}
