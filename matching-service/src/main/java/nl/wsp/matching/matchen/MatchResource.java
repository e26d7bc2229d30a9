package nl.wsp.matching.matchen;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/vacatures/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "Uitlegbare matching van vacatures op werkfitte kandidaten")
public class MatchResource {

    private final MatchVacature matchVacature;

    MatchResource(MatchVacature matchVacature) {
        this.matchVacature = matchVacature;
    }

    @GET
    @RolesAllowed({"adviseur", "beheerder"})
    @Operation(operationId = "zoekKandidatenVoorVacature", summary = "Kandidaten voor een open vacature: harde filters, uitgelegde ESCO-geschiktheid, prioriteitsregels",
            description = "Tijdens de eigen-bestandfase alleen kandidaten van de partner van de accountmanager (regel 4); "
                    + "kwetsbare kandidaten eerst onder vergelijkbaren (regel 5); woonplaats en partner tellen niet mee "
                    + "in de geschiktheid (regel 6); bij gelijke geschiktheid gaat de partner met de grootste achterstand "
                    + "op zijn plaatsingsdoel voor (regel 7).")
    public MatchAntwoord matches(@PathParam("id") String id,
                                 @QueryParam("limiet") @DefaultValue("50") @Min(1) @Max(200) int limiet) {
        return matchVacature.match(uuid(id).orElseThrow(() -> ApiProblem.notFound("Open vacature")), limiet);
    }

    private static Optional<UUID> uuid(String waarde) {
        try {
            return Optional.of(UUID.fromString(waarde));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not an id we hand out: the vacancy does not exist
        }
    }
}
