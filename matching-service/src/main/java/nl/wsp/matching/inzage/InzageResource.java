package nl.wsp.matching.inzage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.matching.inzage.api.InzageWeergave;
import nl.wsp.matching.kandidaat.KandidaatInzage;
import nl.wsp.platform.logboek.Persoonsgegevens;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** The right of access: one answer, as JSON or as a printable page ({@code Accept: text/html}). */
@Path("/api/v1/kandidaten/{id}/inzage")
@Tag(name = "Kandidaten")
public class InzageResource {

    private final Inzage inzage;

    InzageResource(Inzage inzage) {
        this.inzage = inzage;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed({"adviseur", "partnersysteem", "beheerder"})
    @Persoonsgegevens(activiteit = "inzageverzoek")
    @Operation(operationId = "leesInzage", summary = "Recht op inzage: alles wat over de kandidaat bewaard wordt, met alle verwerkingen",
            description = "Profiel, persoonsgegevens en notities over leefgebieden, voordrachten met toelichting en het "
                    + "vastgelegde besluit (rang, geschiktheid en factoren, prioriteitsregel en versie), plaatsingen, "
                    + "instrumentinzetten met bedrag en reden, nazorg met notities, het verwerkingslogboek, en wat de andere "
                    + "diensten bewaren. Met Accept: text/html een afdrukbare pagina zonder externe bronnen. Alleen voor de "
                    + "partner van de kandidaat en een beheerder; anderen: 404.")
    @APIResponse(responseCode = "200", description = "De inzage", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InzageWeergave.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "404", description = "Bestaat niet, of niet van deze partner", content = @Content(mediaType = "application/problem+json"))
    public Response inzage(@PathParam("id") String id, @Context HttpHeaders headers) {
        UUID kandidaat = KandidaatInzage.id(id).orElseThrow(() -> ApiProblem.notFound("Kandidaat"));
        InzageWeergave antwoord = inzage.van(kandidaat);
        if (wilHtml(headers)) {
            return Response.ok(InzageHtml.van(antwoord), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return Response.ok(antwoord, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** HTML only when the caller prefers it to JSON (a browser); JSON for anything else, */
    private static boolean wilHtml(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType()) {
                return false;
            }
            if (t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
