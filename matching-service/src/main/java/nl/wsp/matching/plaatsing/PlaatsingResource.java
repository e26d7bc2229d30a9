package nl.wsp.matching.plaatsing;

import nl.wsp.platform.logboek.Persoonsgegevens;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.matching.plaatsing.api.BeeindigingVerzoek;
import nl.wsp.matching.plaatsing.api.PlaatsingVerzoek;
import nl.wsp.matching.plaatsing.api.PlaatsingWeergave;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.matching.toegang.Beller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Placements made from accepted proposals, and their early end. */
@Persoonsgegevens(activiteit = "bemiddeling")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plaatsingen", description = "Van aangenomen voordracht naar plaatsing; beëindiging voor de duurzaamheid")
public class PlaatsingResource {

    private final RealiseerPlaatsing realiseer;
    private final BeeindigPlaatsing beeindig;
    private final PlaatsingRepository plaatsingen;
    private final Beller beller;

    PlaatsingResource(RealiseerPlaatsing realiseer, BeeindigPlaatsing beeindig, PlaatsingRepository plaatsingen, Beller beller) {
        this.realiseer = realiseer;
        this.beeindig = beeindig;
        this.plaatsingen = plaatsingen;
        this.beller = beller;
    }

    @POST
    @Path("/plaatsingen")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "plaatsKandidaat", summary = "Maak een plaatsing van een aangenomen voordracht, met contract, uren en goedgekeurde instrumenten")
    @APIResponse(responseCode = "409", description = "voordracht-niet-aangenomen of plaatsing-bestaat")
    @APIResponse(responseCode = "201", description = "Gerealiseerd; nazorgmomenten na 1, 3 en 6 maanden gepland",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaatsingWeergave.class)))
    public Response plaats(@Valid @NotNull PlaatsingVerzoek body) {
        Plaatsing p = realiseer.realiseer(new RealiseerPlaatsing.Opdracht(body.voordrachtId(), body.startdatum(),
                body.contractvorm(), body.contractduurMaanden(), Boolean.TRUE.equals(body.onbepaaldeTijd()),
                body.urenPerWeek(), body.instrumenten() == null ? List.of() : body.instrumenten(),
                body.banenafspraakSector()), beller.zichtbaarheidsPartner(), beller.wie());
        return Response.created(URI.create("/api/v1/plaatsingen/" + p.id())).entity(PlaatsingWeergave.van(p)).build();
    }

    @GET
    @Path("/plaatsingen/{id}")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "leesPlaatsing", summary = "Eén plaatsing, voor de betrokken partners")
    public PlaatsingWeergave plaatsing(@PathParam("id") UUID id) {
        String partner = beller.zichtbaarheidsPartner();
        return plaatsingen.findByIdOptional(id).filter(p -> partner == null || p.isBetrokken(partner))
                .map(PlaatsingWeergave::van).orElseThrow(() -> ApiProblem.notFound("Plaatsing " + id));
    }

    @POST
    @Path("/plaatsingen/{id}/beeindiging")
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "beeindigPlaatsing", summary = "Registreer dat een plaatsing voortijdig eindigde, met einddatum en reden")
    @APIResponse(responseCode = "409", description = "plaatsing-beeindigd: al beëindigd")
    public PlaatsingWeergave beeindig(@PathParam("id") UUID id, @Valid @NotNull BeeindigingVerzoek body) {
        return PlaatsingWeergave.van(beeindig.beeindig(id, body.einddatum(), body.reden(), body.toelichting(), beller.zichtbaarheidsPartner(),
                beller.wie()));
    }
}
