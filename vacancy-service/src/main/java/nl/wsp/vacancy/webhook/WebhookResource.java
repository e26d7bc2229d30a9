package nl.wsp.vacancy.webhook;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.vacancy.beller.Beller;
import nl.wsp.platform.page.Cursor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import nl.wsp.platform.page.Pagina;
import nl.wsp.vacancy.webhook.api.AbonnementVerzoek;
import nl.wsp.vacancy.webhook.api.AbonnementWeergave;
import nl.wsp.vacancy.webhook.api.AfleveringWeergave;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Tag(name = "Webhook-abonnementen", description = "Endpoints van partners die breed uitgezette vacatures ontvangen, met het afleverlog")
@Path("/api/v1/webhook-abonnementen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final RegistreerAbonnement registreer;
    private final EntityManager em;
    private final Beller beller;

    WebhookResource(RegistreerAbonnement registreer, EntityManager em, Beller beller) {
        this.registreer = registreer;
        this.em = em;
        this.beller = beller;
    }

    @POST
    @RolesAllowed({CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Operation(operationId = "registreerWebhookAbonnement", summary = "Registreer een endpoint voor breed uitgezette vacatures; het antwoord bevat eenmalig het geheim")
    @APIResponse(responseCode = "201", description = "Geregistreerd; het antwoord bevat eenmalig het geheim",
            headers = @Header(name = "Location", description = "De URL van wat is aangemaakt", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AbonnementWeergave.class)))
    public Response registreer(@Valid @NotNull AbonnementVerzoek body, @Context UriInfo uri) {
        WebhookAbonnement abonnement = registreer.registreer(body.url(), body.partner());
        return Response.created(uri.getAbsolutePathBuilder().path(abonnement.id().toString()).build())
                .entity(AbonnementWeergave.van(abonnement, true)).build();
    }

    @GET
    @RolesAllowed({CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Transactional
    @Operation(operationId = "lijstWebhookAbonnementen", summary = "De abonnementen van uw partner (beheerder: die van de partners van uw regio; landelijke beheerder: alle)",
            description = "Oudste eerst; cursorpaginering (`cursor`, `limiet` tot 200). Het geheim staat er niet in.")
    public Pagina<AbonnementWeergave> lijst(
            @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
            @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal van 1 tot en met 200") @Max(value = 200, message = "een geheel getal van 1 tot en met 200") Integer limiet) {
        int n = Cursor.limiet(limiet);
        // a partner system: its own partner's; a beheerder of one region: that region's partners'; the national one: all
        boolean alle = beller.isBeheerder() && beller.regio().isEmpty();
        boolean regio = beller.isBeheerder() && !alle;
        String[] na = cursor == null ? null : Cursor.lees(cursor, 2);
        String jpql = "select a from WebhookAbonnement a where "
                + (alle ? "true" : regio ? "a.partner in (select p.code from Partner p where p.regio = :r)" : "a.partner = :p")
                + (na == null ? "" : " and (a.aangemaaktOp > :op or (a.aangemaaktOp = :op and a.id > :id))")
                + " order by a.aangemaaktOp, a.id";
        var query = em.createQuery(jpql, WebhookAbonnement.class).setMaxResults(n + 1);
        if (regio) {
            query.setParameter("r", beller.regio().orElseThrow());
        } else if (!alle) {
            query.setParameter("p", beller.partner().orElse(""));
        }
        if (na != null) {
            query.setParameter("op", tijd(na[0])).setParameter("id", Cursor.uuid(na[1]));
        }
        return Pagina.van(query.getResultList(), n, a -> Cursor.maak(a.aangemaaktOp().toString(), a.id().toString()))
                .map(a -> AbonnementWeergave.van(a, false));
    }

    private static java.time.Instant tijd(String waarde) {
        try {
            return java.time.Instant.parse(waarde);
        } catch (java.time.format.DateTimeParseException e) {
            throw nl.wsp.platform.problem.ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Transactional
    @Operation(operationId = "leesWebhookAbonnement", summary = "Eén abonnement van uw partner (beheerder: van een partner van uw regio)")
    public AbonnementWeergave lees(@PathParam("id") UUID id) {
        return AbonnementWeergave.van(WebhookToegang.eigen(em, beller, id), false);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Operation(operationId = "beeindigWebhookAbonnement", summary = "Beëindig het abonnement: geen nieuwe afleveringen, wachtende worden geannuleerd")
    @APIResponse(responseCode = "204", description = "Beëindigd")
    public Response beeindig(@PathParam("id") UUID id) {
        registreer.beeindig(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/afleveringen")
    @RolesAllowed({CurrentUser.PARTNERSYSTEEM, CurrentUser.BEHEERDER})
    @Transactional
    @Operation(operationId = "lijstAfleveringen", summary = "Het afleverlog: elke aflevering met elke poging (tijd, HTTP-status of fout, duur)")
    public Pagina<AfleveringWeergave> afleveringen(@PathParam("id") UUID id, @QueryParam("cursor") @Parameter(description = "De `volgendeCursor` van de vorige pagina; weglaten voor de eerste") String cursor,
                                                   @QueryParam("limiet") @Parameter(description = "Hoeveel per pagina (standaard 50)") @Min(value = 1, message = "een geheel getal tussen 1 en 200") @Max(value = 200, message = "een geheel getal tussen 1 en 200") Integer limiet) {
        WebhookToegang.eigen(em, beller, id);
        long na = Cursor.positie(cursor);
        int n = Cursor.limiet(limiet);
        // deliveries are paged by creation order; the cursor is their position in that order
        List<WebhookAflevering> rijen = em.createQuery("""
                        select f from WebhookAflevering f where f.abonnementId = :id
                        order by f.aangemaaktOp, f.id""", WebhookAflevering.class)
                .setParameter("id", id).setFirstResult((int) Math.min(na, Integer.MAX_VALUE)).setMaxResults(n + 1).getResultList();
        boolean meer = rijen.size() > n;
        List<WebhookAflevering> pagina = meer ? rijen.subList(0, n) : rijen;
        Map<UUID, List<AfleveringWeergave.Poging>> pogingen = pagina.isEmpty() ? Map.of() : em.createQuery("""
                        select p from WebhookPoging p where p.afleveringId in :ids order by p.nummer""", WebhookPoging.class)
                .setParameter("ids", pagina.stream().map(WebhookAflevering::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(WebhookPoging::afleveringId, Collectors.mapping(
                        p -> new AfleveringWeergave.Poging(p.nummer(), p.op(),
                                p.gelukt() ? WebhookAflevering.AFGELEVERD : WebhookAflevering.MISLUKT, p.httpStatus()),
                        Collectors.toList())));
        List<AfleveringWeergave> resultaten = pagina.stream().map(f -> new AfleveringWeergave(f.id(), f.eventId(), f.eventType(),
                f.vacatureId(), f.status(), f.pogingen(), f.aangemaaktOp(), f.volgendePoging(), f.afgeleverdOp(),
                pogingen.getOrDefault(f.id(), List.of()))).toList();
        return new Pagina<>(resultaten, meer ? Cursor.van(na + n) : null);
    }
}
