package nl.wsp.vacancy.esco;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.vacancy.esco.api.EscoBegripWeergave;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves an ESCO URI that the API returns (a vacancy's or a match's occupation, a skill) to its labels. The URI is a
 * query parameter, not a path segment: it holds slashes and a scheme, which a path segment would need encoded and
 * proxies decode (docs/api.md, "ESCO-begrippen opzoeken").
 */
@Tag(name = "ESCO", description = "De termen van ESCO-beroepen en -vaardigheden die de API als URI teruggeeft, in het Nederlands of Engels")
@Path("/api/v1/esco")
@Produces(MediaType.APPLICATION_JSON)
public class EscoResource {

    static final String BEROEP = "http://data.europa.eu/esco/occupation/";
    static final String VAARDIGHEID = "http://data.europa.eu/esco/skill/";
    private static final String URI_UITLEG = "De volledige ESCO-URI, zoals de API hem teruggeeft";
    private static final String TAAL_UITLEG = "`nl` (standaard) of `en`: de taal waarin u de term wilt; een andere taal geeft Nederlands";

    private final EscoCatalogus catalogus;

    EscoResource(EscoCatalogus catalogus) {
        this.catalogus = catalogus;
    }

    @GET
    @Path("beroepen")
    @Transactional
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.PARTNERSYSTEEM, CurrentUser.DASHBOARD, CurrentUser.BEHEERDER})
    @Operation(operationId = "zoekEscoBeroepOp", summary = "De term van een ESCO-beroep, op URI",
            description = "Nederlands waar ESCO een Nederlandse term heeft (bij beroepen altijd), Engels anders; `taal` zegt welke.")
    @APIResponse(responseCode = "200", description = "Het beroep",
            headers = @Header(name = "Content-Language", description = "De taal van `label`", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscoBegripWeergave.class)))
    @APIResponse(responseCode = "404", description = "niet-gevonden: geen beroep van ESCO v1.1.1", content = @Content(mediaType = "application/problem+json"))
    public Response beroep(@QueryParam("uri") @Parameter(description = URI_UITLEG, required = true,
                                   example = "http://data.europa.eu/esco/occupation/040fcfa5-24be-43eb-afd5-828297175b16") String uri,
                           @Context HttpHeaders headers) {
        return antwoord(uri, BEROEP, "ESCO-beroep", catalogus::beroep, headers);
    }

    @GET
    @Path("vaardigheden")
    @Transactional
    @RolesAllowed({CurrentUser.ADVISEUR, CurrentUser.PARTNERSYSTEEM, CurrentUser.DASHBOARD, CurrentUser.BEHEERDER})
    @Operation(operationId = "zoekEscoVaardigheidOp", summary = "De term van een ESCO-vaardigheid of -kennisbegrip, op URI",
            description = "Nederlands waar er een Nederlandse term is (voor een deel van de vaardigheden, data/esco/skills_nl.csv), Engels anders; `taal` zegt welke.")
    @APIResponse(responseCode = "200", description = "De vaardigheid",
            headers = @Header(name = "Content-Language", description = "De taal van `label`", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EscoBegripWeergave.class)))
    @APIResponse(responseCode = "404", description = "niet-gevonden: geen vaardigheid van ESCO v1.1.1", content = @Content(mediaType = "application/problem+json"))
    public Response vaardigheid(@QueryParam("uri") @Parameter(description = URI_UITLEG, required = true,
                                        example = "http://data.europa.eu/esco/skill/055ff233-6569-43db-9f95-a4b03dca97da") String uri,
                                @Context HttpHeaders headers) {
        return antwoord(uri, VAARDIGHEID, "ESCO-vaardigheid", catalogus::vaardigheid, headers);
    }

    private static Response antwoord(String uri, String voorvoegsel, String wat, Function<String, Optional<EscoLabels>> zoek,
                                     HttpHeaders headers) {
        if (uri == null || uri.isBlank()) {
            throw ApiProblem.invalid("uri", "verplicht: de ESCO-URI");
        }
        if (!uri.startsWith(voorvoegsel) || uri.length() == voorvoegsel.length()) {
            throw ApiProblem.invalid("uri", "geen URI van een " + wat + ": begint met " + voorvoegsel);
        }
        EscoLabels labels = zoek.apply(uri).orElseThrow(() -> ApiProblem.notFound(wat + " " + uri));
        EscoLabels.Label label = labels.in(taal(headers));
        EscoBegripWeergave weergave = new EscoBegripWeergave(uri, label.tekst(), label.taal(),
                leeg(labels.nl()) ? null : labels.nl(), labels.en());
        return Response.ok(weergave).header("Content-Language", label.taal()).header("Vary", "Accept-Language").build();
    }

    /** The first of nl and en the caller accepts, in its order of preference; Dutch when it names neither. */
    static Locale taal(HttpHeaders headers) {
        for (Locale gevraagd : headers.getAcceptableLanguages()) {
            String taal = gevraagd.getLanguage();
            if ("nl".equals(taal) || "en".equals(taal)) {
                return Locale.forLanguageTag(taal);
            }
        }
        return Locale.forLanguageTag("nl");
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
