package nl.wsp.account.accountplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.account.accountplan.api.AccountplanVerzoek;
import nl.wsp.account.accountplan.api.AccountplanWeergave;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.werkgever.Toegang;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.UUID;

/** Issue 17 item 7, the rest (docs/adr/0034): a key account's plan, read by every adviser of the region. */
@Path("/api/v1/werkgevers/{id}/accountplan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accountplannen", description = "Het accountplan van een key-account: doelen, afgesproken acties, herzieningsdatum")
public class AccountplanResource {

    private final StelAccountplanVast stelVast;
    private final AccountplanRepository plannen;
    private final Toegang toegang;
    private final Beller beller;
    private final Clock clock;

    AccountplanResource(StelAccountplanVast stelVast, AccountplanRepository plannen, Toegang toegang, Beller beller, Clock clock) {
        this.stelVast = stelVast;
        this.plannen = plannen;
        this.toegang = toegang;
        this.beller = beller;
        this.clock = clock;
    }

    @PUT
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT, handeling = "accountplan-vastgesteld")
    @Transactional
    @Operation(operationId = "stelAccountplanVast", summary = "Stel het accountplan van een key-account vast, of vervang het",
            description = "Alleen de accountmanager van de werkgever of een beheerder; een werkgever die geen key-account is, is "
                    + "`409 geen-key-account`; een herzieningsdatum in het verleden is `400`. Elke wijziging staat in het verwerkingslogboek.")
    public AccountplanWeergave stelVast(@PathParam("id") UUID id, @Valid @NotNull AccountplanVerzoek body) {
        Werkgever w = toegang.zichtbareWerkgever(id);
        if (!beller.isBeheerder() && (w.accountmanagerId() == null || !beller.isAdviseur(w.accountmanagerId()))) {
            throw ApiProblem.forbidden("Alleen de accountmanager van deze werkgever of een beheerder stelt het accountplan vast");
        }
        Accountplan p = stelVast.stelVast(w, body.doelen(),
                body.acties().stream().map(a -> new Actie(a.omschrijving(), a.uiterlijk(), a.afgerond())).toList(),
                body.herzieningsdatum(), beller.wie());
        return AccountplanWeergave.van(p, TimeSource.vandaag(clock));
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.ACCOUNTMANAGEMENT)
    @Operation(operationId = "leesAccountplan", summary = "Het accountplan van een werkgever (elke adviseur van de regio)",
            description = "`404` als de werkgever niet zichtbaar is of (nog) geen accountplan heeft.")
    public AccountplanWeergave lees(@PathParam("id") UUID id) {
        Werkgever w = toegang.zichtbareWerkgever(id);
        return plannen.van(w.id()).map(p -> AccountplanWeergave.van(p, TimeSource.vandaag(clock)))
                .orElseThrow(() -> ApiProblem.notFound("Accountplan van werkgever " + id));
    }
}
