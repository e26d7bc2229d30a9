package nl.wsp.matching.matchen;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.platform.logboek.Persoonsgegevens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.matching.matchen.api.MatchAntwoord;
import nl.wsp.platform.problem.ApiProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.wsp.matching.toegang.Beller;
import nl.wsp.matching.vacature.Vacatures;

import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/vacatures/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Uitlegbare matching van vacatures op werkfitte kandidaten")
public class MatchResource {

    /** How long a client waits before asking again for a vacancy matching-service does not know (yet). */
    static final int NOG_NIET_BINNEN_SECONDEN = 2;

    private final MatchVacature matchVacature;
    private final Vacatures vacatures;
    private final Beller beller;

    MatchResource(MatchVacature matchVacature, Vacatures vacatures, Beller beller) {
        this.matchVacature = matchVacature;
        this.vacatures = vacatures;
        this.beller = beller;
    }

    @Persoonsgegevens(activiteit = "bemiddeling", handeling = "gematcht")
    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "zoekKandidatenVoorVacature", summary = "Kandidaten voor een open vacature: harde filters, uitgelegde ESCO-geschiktheid, prioriteitsregels",
            description = "Tijdens de eigen-bestandfase alleen kandidaten van de partner van de accountmanager (regel 4); "
                    + "kwetsbare kandidaten eerst onder vergelijkbaren (regel 5); woonplaats en partner tellen niet mee "
                    + "in de geschiktheid (regel 6); bij gelijke geschiktheid gaat de partner met de grootste achterstand "
                    + "op zijn plaatsingsdoel voor (regel 7). Een vacature in haar eigen-bestandtermijn bestaat alleen voor de "
                    + "partner van de accountmanager (en een beheerder): voor anderen 404, zoals vacancy-service antwoordt. "
                    + "matching-service kent een vacature pas als haar event uit vacancy-service binnen is (meestal binnen "
                    + "een seconde): daarom draagt elke 404 hier `Retry-After`; een vacature die zojuist is geopend, "
                    + "verschijnt na een paar pogingen (docs/api.md, \"Eventual consistency\").")
    @APIResponse(responseCode = "200", description = "De kandidaten, best eerst, met de uitleg per kandidaat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchAntwoord.class)))
    @APIResponse(responseCode = "404", description = "Geen open vacature die u mag zien, of nog niet binnen bij "
            + "matching-service: probeer het na `Retry-After` seconden nog eens (een paar keer; daarna bestaat ze niet)",
            headers = @Header(name = "Retry-After", ref = "Retry-After"),
            content = @Content(mediaType = "application/problem+json"))
    public MatchAntwoord matches(@PathParam("id") String id,
                                 @QueryParam("limiet") @DefaultValue("50") @Parameter(description = "Hoeveel (standaard 50, hoogstens 200)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") int limiet) {
        UUID vacatureId = uuid(id).orElseThrow(() -> ApiProblem.notFound("Open vacature"));
        // Every 404 here says when to retry, also for a vacancy the caller may not see: a Retry-After only on
        // vacancies not yet arrived would tell another partner which ids exist.
        Vacatures.OpenVacature vacature = vacatures.open(vacatureId)
                .filter(v -> beller.zietVacature(v.profiel().accountmanagerPartner(), v.eigenBestandFase()))
                .orElseThrow(() -> ApiProblem.notFound("Open vacature").opnieuwNa(NOG_NIET_BINNEN_SECONDEN));
        return matchVacature.match(vacature, limiet); // the vacancy read once per call, not again in the use case
    }

    private static Optional<UUID> uuid(String waarde) {
        try {
            return Optional.of(UUID.fromString(waarde));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not an id we hand out: the vacancy does not exist
        }
    }
}
