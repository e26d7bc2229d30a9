package nl.wsp.reporting.dashboard;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.time.TimeSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;

/**
 * The dashboard page (docs/adr/0044): a shell without a single figure, so anyone may load it. Its script asks the
 * user for a dashboard token, keeps it in {@code sessionStorage} and reads the figures from the same
 * {@code /api/v1/rapportages/…} operations every other dashboard calls, with that token as a bearer header: the page sees
 * exactly what the token may see, nothing more. Not part of the API contract (a page, not a resource).
 */
@Path("/dashboard")
public class DashboardPaginaResource {

    private final Template dashboard;
    private final Clock klok;
    private final String uplot;

    DashboardPaginaResource(Template dashboard, Clock klok, @ConfigProperty(name = "wsp.dashboard.uplot") String uplot) {
        this.dashboard = dashboard;
        this.klok = klok;
        this.uplot = uplot;
    }

    /** The shell: the current year (the region's calendar) as the year to show, and where the chart library lives. */
    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance pagina() {
        return dashboard.data("jaar", TimeSource.vandaag(klok).getYear()).data("uplot", uplot);
    }
}
