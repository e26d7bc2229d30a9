package nl.wsp.account.nps;

import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.transaction.Transactional;
import nl.wsp.platform.http.Referentie;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.account.beller.Beller;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.account.nps.api.NpsResponsVerzoek;
import nl.wsp.account.nps.api.NpsResponsWeergave;
import nl.wsp.account.nps.api.NpsUitslag;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/v1/nps-metingen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "NPS", description = "Werkgeverstevredenheid, twee keer per jaar gemeten als Net Promoter Score")
public class NpsResource {

    private final RegistreerNpsRespons registreer;
    private final NpsResponsRepository responsen;
    private final Beller beller;

    NpsResource(RegistreerNpsRespons registreer, NpsResponsRepository responsen, Beller beller) {
        this.registreer = registreer;
        this.responsen = responsen;
        this.beller = beller;
    }

    @POST
    @RolesAllowed({"adviseur", "beheerder"})
    @Persoonsgegevens(activiteit = Verwerkingen.KLANTTEVREDENHEID, handeling = "geregistreerd")
    @Transactional
    @Operation(operationId = "registreerNpsMeting", summary = "Registreer het antwoord (0–10) van een werkgever in een meetronde")
    @APIResponse(responseCode = "201", description = "Geregistreerd",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NpsResponsWeergave.class)))
    public Response registreer(@Valid @NotNull NpsResponsVerzoek body) {
        NpsRespons r = registreer.registreer(body.werkgeverId(), body.meetronde(), body.score(), body.toelichting());
        return Response.created(URI.create("/api/v1/nps-metingen/" + r.id())).entity(NpsResponsWeergave.van(r)).build();
    }

    @GET
    @Path("/uitslag")
    @RolesAllowed({"adviseur", "beheerder", "dashboard"})
    @Persoonsgegevens(activiteit = Verwerkingen.KLANTTEVREDENHEID)
    @Operation(operationId = "leesNpsUitslag", summary = "NPS van een meetronde: totaal, per partner en per accountmanager (% promotors 9–10 min % criticasters 0–6)")
    public NpsUitslag uitslag(@QueryParam("meetronde") @NotNull @Pattern(regexp = "[0-9]{4}-[12]", message = "jjjj-1 of jjjj-2")
                              @Parameter(description = "De meetronde: het jaar en het halfjaar, `2026-1` of `2026-2`", example = "2026-2") String meetronde,
                              @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "Alleen deze arbeidsmarktregio (een adviseur: altijd de eigen)") String regio) {
        // an adviser sees the answers of their own region only: another region's NPS is an empty result
        List<NpsRespons> alle = responsen.inRonde(meetronde, regio).stream().filter(r -> beller.ziet(r.regio())).toList();
        Map<String, List<Integer>> perPartner = alle.stream().filter(r -> r.partner() != null)
                .collect(Collectors.groupingBy(NpsRespons::partner, TreeMap::new, Collectors.mapping(NpsRespons::score, Collectors.toList())));
        Map<UUID, List<Integer>> perAm = alle.stream().filter(r -> r.accountmanagerId() != null)
                .collect(Collectors.groupingBy(NpsRespons::accountmanagerId, TreeMap::new, Collectors.mapping(NpsRespons::score, Collectors.toList())));
        return new NpsUitslag(meetronde, regio, Nps.van(alle.stream().map(NpsRespons::score).toList()),
                perPartner.entrySet().stream().map(e -> new NpsUitslag.PerPartner(e.getKey(), Nps.van(e.getValue()))).toList(),
                perAm.entrySet().stream().filter(e -> Objects.nonNull(e.getKey()))
                        .map(e -> new NpsUitslag.PerAccountmanager(e.getKey(), Nps.van(e.getValue()))).toList());
    }
}
