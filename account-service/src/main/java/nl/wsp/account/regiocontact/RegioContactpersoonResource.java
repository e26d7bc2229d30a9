package nl.wsp.account.regiocontact;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.transaction.Transactional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.account.beller.Beller;
import nl.wsp.account.regiocontact.api.RegioContactpersoonVerzoek;
import nl.wsp.account.regiocontact.api.RegioContactpersoonWeergave;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/regio-contactpersonen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regiocontactpersonen", description = "Per regio de contactpersoon voor werkgevers van sectoren zonder sectortafel")
public class RegioContactpersoonResource {

    private final StelRegioContactpersoonIn stelIn;
    private final RegioContactpersoonRepository contactpersonen;
    private final AdviseurRepository adviseurs;
    private final Beller beller;

    RegioContactpersoonResource(StelRegioContactpersoonIn stelIn, RegioContactpersoonRepository contactpersonen,
                                AdviseurRepository adviseurs, Beller beller) {
        this.stelIn = stelIn;
        this.contactpersonen = contactpersonen;
        this.adviseurs = adviseurs;
        this.beller = beller;
    }

    @PUT
    @Path("/{regio}")
    @RolesAllowed("beheerder")
    @Persoonsgegevens(activiteit = Verwerkingen.BEREIKBAARHEID, handeling = "ingesteld")
    @Transactional
    @Operation(operationId = "stelRegioContactpersoonIn", summary = "Wijs de contactpersoon van de regio aan: die krijgt contactverzoeken van werkgevers zonder accountmanager en zonder sectortafel")
    public RegioContactpersoonWeergave stelIn(@PathParam("regio") String regio, @Valid @NotNull RegioContactpersoonVerzoek body) {
        if (!beller.ziet(regio)) { // a beheerder of another region: that region is not theirs to see
            throw ApiProblem.notFound("Regio " + regio);
        }
        return weergave(stelIn.stelIn(regio, body.adviseurId(), body.telefoon()));
    }

    @GET
    @Path("/{regio}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.BEREIKBAARHEID)
    @Operation(operationId = "leesRegioContactpersoon", summary = "De contactpersoon van een regio, met telefoonnummer")
    public RegioContactpersoonWeergave lees(@PathParam("regio") String regio) {
        return contactpersonen.van(regio).filter(c -> beller.ziet(c.regio())).map(this::weergave)
                .orElseThrow(() -> ApiProblem.notFound("Regiocontactpersoon " + regio));
    }

    private RegioContactpersoonWeergave weergave(RegioContactpersoon c) {
        return RegioContactpersoonWeergave.van(c, adviseurs.findByIdOptional(c.adviseurId()).map(Adviseur::naam).orElse(null));
    }
}
