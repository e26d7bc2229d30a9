package nl.wsp.account.accountplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.account.accountplan.api.TeHerzienAccountplan;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.account.werkgever.WerkgeverRepository;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.page.Cursor;
import nl.wsp.platform.page.Pagina;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.time.TimeSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.util.UUID;

/** The account manager's work list, item 7's rest (docs/adr/0034): my key accounts whose plan is past its review date. */
@Path("/api/v1/werklijsten/mijn/te-herzien-accountplannen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Werklijsten", description = "Werkgevers die aandacht vragen")
public class TeHerzienAccountplannenResource {

    private final AccountplanRepository plannen;
    private final WerkgeverRepository werkgevers;
    private final Beller beller;
    private final Clock clock;

    TeHerzienAccountplannenResource(AccountplanRepository plannen, WerkgeverRepository werkgevers, Beller beller, Clock clock) {
        this.plannen = plannen;
        this.werkgevers = werkgevers;
        this.beller = beller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed("adviseur")
    @Persoonsgegevens(activiteit = Verwerkingen.WERKLIJST)
    @Operation(operationId = "lijstMijnTeHerzienAccountplannen", summary = "Accountplannen van mijn key-accounts waarvan de herzieningsdatum voorbij is; oudste eerst")
    public Pagina<TeHerzienAccountplan> teHerzien(@QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                                  @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        UUID ik = beller.adviseur().orElseThrow(() -> ApiProblem.forbidden("Alleen een adviseur heeft een werklijst"));
        return plannen.teHerzien(ik, TimeSource.vandaag(clock), cursor, Cursor.limiet(limiet))
                .map(p -> new TeHerzienAccountplan(p.werkgeverId(),
                        werkgevers.findByIdOptional(p.werkgeverId()).map(Werkgever::naam).orElse(""), p.herzieningsdatum()));
    }
}
