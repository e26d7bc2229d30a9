package nl.wsp.matching.kandidaat;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wsp.matching.kandidaat.api.BulkAntwoord;
import nl.wsp.matching.kandidaat.api.BulkVerzoek;
import nl.wsp.matching.kandidaat.api.BulkVerzoekRuw;
import nl.wsp.matching.kandidaat.api.IntrekVerzoek;
import nl.wsp.matching.kandidaat.api.KandidaatWeergave;
import nl.wsp.matching.kandidaat.api.WijzigingenPagina;
import nl.wsp.matching.matchen.MatchKandidaat;
import nl.wsp.matching.matchen.api.VacatureMatchAntwoord;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.throttling.Bulklevering;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Persoonsgegevens(activiteit = "bemiddeling")
@Path("/api/v1/kandidaten")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kandidaten", description = "Werkfitte kandidaten, aangeleverd door de cliëntsystemen van gemeenten en UWV")
public class KandidaatResource {

    private final RegistreerKandidaten registreer;
    private final KandidaatInzage inzage;
    private final MatchKandidaat matchKandidaat;

    KandidaatResource(RegistreerKandidaten registreer, KandidaatInzage inzage, MatchKandidaat matchKandidaat) {
        this.registreer = registreer;
        this.inzage = inzage;
        this.matchKandidaat = matchKandidaat;
    }

    @Persoonsgegevens(activiteit = "aanlevering", handeling = "ongewijzigd-aangeleverd")
    @POST
    @RolesAllowed("partnersysteem")
    @Bulklevering
    @Operation(operationId = "leverKandidatenAan", summary = "Lever tot 1.000 kandidaten aan (idempotent per eigen referentie) en trek er op eigen referentie in",
            description = "Per item: aangemaakt, bijgewerkt, ongewijzigd of afgewezen met probleemdetail "
                    + "(velden als kandidaten[i].veld). Eén fout item houdt de rest niet tegen. Een referentie die "
                    + "de BSN-elfproef doorstaat wordt geweigerd en niet herhaald. Optioneel `intrekkingen`: "
                    + "[{referentie, reden}] met de redenen van de losse intrekking, in dezelfde transactie; per "
                    + "intrekking in intrekkingResultaten: ingetrokken, onbekend (geen beschikbare kandidaat van deze "
                    + "partner met die referentie; er verandert niets) of afgewezen (probleemdetail noemt "
                    + "intrekkingen[i].veld; ook een referentie die in dezelfde batch wordt aangeleverd). "
                    + "Hoogstens 1.000 items, kandidaten en intrekkingen samen (meer is 400), en 4 MiB per verzoek "
                    + "(meer is 413): een volle batch realistische profielen (ongeveer 1 KiB elk) past; de andere "
                    + "services nemen bodies tot 1 MiB.")
    // The example leaves out contact.adres: the Logius linter's rule nlgov:problem-invalid-input matches any key under
    // paths containing "post" (unanchored), so an inline "postcode" is read as a POST operation without a 400.
    // KandidaatInvoer.Adres carries its own field examples.
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkVerzoek.class),
            examples = @ExampleObject(name = "een-kandidaat", summary = "Een batch met één werkfitte kandidaat uit Soest en één intrekking", value = """
                    {"kandidaten": [{
                      "referentie": "SOEST-WERK-2026-0187",
                      "naam": {"voornaam": "Sanne", "achternaam": "de Vries"},
                      "contact": {"email": "sanne.devries@example.nl", "telefoon": "06-41235876"},
                      "woongemeente": "Soest",
                      "doelgroepen": ["bijstand", "banenafspraak"],
                      "jobreadySinds": "2026-09-15",
                      "urenPerWeek": 24,
                      "mobiliteit": {"maximaleReisafstandKm": 15, "gemeenten": ["Soest", "Amersfoort", "Baarn"]},
                      "gewensteBeroepen": ["http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb"],
                      "vaardigheden": ["http://data.europa.eu/esco/skill/b1e4b6b3-c32e-426f-91a1-41b8adac086c"],
                      "werkervaring": [{"beroep": "http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb", "jaren": 2}],
                      "opleidingsniveau": "vmbo",
                      "talen": ["nl"],
                      "rijbewijzen": ["B"],
                      "werknemersvaardigheden": ["punctualiteit", "samenwerken-en-overleggen"]
                    }],
                    "intrekkingen": [{"referentie": "SOEST-WERK-2025-0042", "reden": "elders-geplaatst"}]}""")))
    @APIResponse(responseCode = "200", description = "Resultaat per item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkAntwoord.class)))
    @APIResponse(responseCode = "400", description = "Meer dan 1.000 items (kandidaten en intrekkingen samen) of geen lijst kandidaten", content = @Content(mediaType = "application/problem+json"))
    public BulkAntwoord leverAan(@NotNull BulkVerzoekRuw body) {
        return registreer.registreer(inzage.eigenPartner(), body.kandidaten(), body.aanleverhashes(), body.intrekkingen());
    }

    @Persoonsgegevens(activiteit = "aanlevering", handeling = "wijziging-gelezen")
    @GET
    @Path("/wijzigingen")
    @RolesAllowed("partnersysteem")
    @Operation(operationId = "lijstKandidaatWijzigingen", summary = "Wat er sinds de cursor veranderde aan de eigen kandidaten, met volledigheid en ontbrekende velden")
    public WijzigingenPagina wijzigingen(@QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                         @QueryParam("limiet") @DefaultValue("50") @Parameter(description = "Hoeveel (standaard 50, hoogstens 200)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") int limiet) {
        return inzage.wijzigingen(cursor, limiet);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"adviseur", "partnersysteem", "beheerder"})
    @Operation(operationId = "leesKandidaat", summary = "Eén kandidaat: volledig voor de eigen partner, gepseudonimiseerd voor adviseurs van andere partners")
    @APIResponse(responseCode = "404", description = "Bestaat niet, of niet van deze partner", content = @Content(mediaType = "application/problem+json"))
    public KandidaatWeergave een(@PathParam("id") String id) {
        return inzage.raadpleeg(uuid(id));
    }

    @Persoonsgegevens(activiteit = "bemiddeling", handeling = "vacatures-gezocht")
    @GET
    @Path("/{id}/matches")
    @RolesAllowed({"adviseur", "partnersysteem", "beheerder"})
    @Operation(operationId = "zoekVacaturesVoorKandidaat", summary = "Omgekeerde match: de open vacatures waarvoor deze kandidaat voorgedragen kan worden, best eerst")
    public VacatureMatchAntwoord vacaturesVoor(@PathParam("id") String id,
                                               @QueryParam("limiet") @DefaultValue("20") @Parameter(description = "Hoeveel (standaard 20, hoogstens 200)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") int limiet) {
        return matchKandidaat.match(uuid(id), limiet);
    }

    @Persoonsgegevens(activiteit = "intrekking")
    @POST
    @Path("/{id}/intrekken")
    @RolesAllowed("partnersysteem")
    @Operation(operationId = "trekKandidaatIn", summary = "Trek een kandidaat in: niet meer werkfit, elders geplaatst of verhuisd")
    public KandidaatWeergave trekIn(@PathParam("id") String id, @Valid @NotNull IntrekVerzoek body) {
        return inzage.trekIn(uuid(id), body.reden());
    }

    @Persoonsgegevens(activiteit = "wissing")
    @DELETE
    @Path("/{id}")
    @RolesAllowed({"partnersysteem", "beheerder"})
    @Operation(operationId = "wisKandidaat", summary = "Recht op vergetelheid: wis de persoonsgegevens; nl.werkgeversdienstverlening.kandidaten.gewist.v1 gaat naar de andere diensten")
    @APIResponse(responseCode = "204", description = "Gewist")
    public Response wis(@PathParam("id") String id) {
        inzage.wis(uuid(id));
        return Response.noContent().build();
    }

    @Persoonsgegevens(activiteit = "wissing")
    @POST
    @Path("/{id}/wissen")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"partnersysteem", "beheerder"})
    @Operation(operationId = "wisKandidaatPerPost", summary = "Als DELETE /api/v1/kandidaten/{id}, voor clients die geen DELETE kunnen sturen")
    @APIResponse(responseCode = "204", description = "Gewist")
    public Response wissen(@PathParam("id") String id) {
        return wis(id);
    }

    private static UUID uuid(String id) {
        return KandidaatInzage.id(id).orElseThrow(() -> ApiProblem.notFound("Kandidaat"));
    }
}
