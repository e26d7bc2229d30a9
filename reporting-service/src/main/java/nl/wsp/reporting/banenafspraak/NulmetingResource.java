package nl.wsp.reporting.banenafspraak;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.http.Referentie;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.banenafspraak.api.NulmetingGegevens;
import nl.wsp.reporting.banenafspraak.api.NulmetingInvoer;
import nl.wsp.reporting.banenafspraak.api.NulmetingenLijst;
import nl.wsp.reporting.partner.Beller;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The baselines of the jobs agreement per region and sector (docs/adr/0045), set by the beheerder. */
@Path("/api/v1/banenafspraak-nulmetingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Banenafspraak-nulmetingen", description = "De nulmeting van de Banenafspraak per regio en sector (peildatum en aantal banen), waartegen de rapportage per sector telt")
public class NulmetingResource {

    private final StelNulmetingVast stelVast;
    private final NulmetingRepository repository;
    private final Regios regios;
    private final Beller beller;

    NulmetingResource(StelNulmetingVast stelVast, NulmetingRepository repository, Regios regios, Beller beller) {
        this.stelVast = stelVast;
        this.repository = repository;
        this.regios = regios;
        this.beller = beller;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "lijstBanenafspraakNulmetingen", summary = "De nulmetingen van een regio, per sector")
    public NulmetingenLijst lijst(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio) {
        regios.vereist(regio);
        return new NulmetingenLijst(repository.vanRegio(regio).stream().map(NulmetingGegevens::van).toList());
    }

    @PUT
    @Path("/{sector}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("beheerder")
    @Operation(operationId = "stelBanenafspraakNulmetingVast", summary = "Legt de nulmeting van een regio en sector vast (peildatum: het einde van een kwartaal); vervangt de vorige")
    public NulmetingGegevens stelVast(
            @PathParam("sector") @Parameter(description = "De sector", example = "markt", schema = @Schema(implementation = String.class, enumeration = {"markt", "overheid", "inleen-detachering"})) String sector,
            @Valid @NotNull NulmetingInvoer body) {
        if (!beller.beheert(body.regio())) {
            throw ApiProblem.invalid("regio", "u beheert alleen de nulmetingen van regio " + beller.beheerderRegio().orElse(""));
        }
        if (!Banenafspraaksector.ALLE.contains(sector)) {
            throw ApiProblem.invalid("sector", "een van " + String.join(", ", Banenafspraaksector.ALLE));
        }
        regios.vereist(body.regio());
        return NulmetingGegevens.van(stelVast.stelVast(body.regio(), sector, body.peildatum(), body.aantal()));
    }
}
