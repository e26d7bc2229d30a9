package nl.wsp.reporting.sroi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.http.Referentie;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.referentie.Regios;
import nl.wsp.reporting.sroi.api.Sroirapportage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Issue 17 item 6 (docs/adr/0032): social return delivered against the obligations of a region's procurements. */
@Path("/api/v1/rapportages/sroi")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class SroiRapportageResource {

    private final Sroicijfers cijfers;
    private final SroiWaardering waardering;
    private final Regios regios;
    private final CurrentUser user;

    SroiRapportageResource(Sroicijfers cijfers, SroiWaardering waardering, Regios regios, CurrentUser user) {
        this.cijfers = cijfers;
        this.waardering = waardering;
        this.regios = regios;
        this.user = user;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesSroiRapportage", summary = "Social return: verplichting tegen geleverde waarde, per opdrachtgever en per verplichting",
            description = "De verplichtingen van de regio waarvan de periode het jaar raakt; per verplichting de vacatures die haar noemen "
                    + "(`sroiVerplichtingId`), de plaatsingen daarop (wanneer ook) en `geleverd` = plaatsingen × `waardePerPlaatsing`. "
                    + "Een dashboard krijgt de aggregaten (per opdrachtgever en totaal); `verplichtingen` (per verplichting, met de werkgever) "
                    + "alleen een beheerder die de regio ziet. Definities: docs/api.md, \"Social return\".")
    public Sroirapportage sroi(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Gooi en Vechtstreek") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar) {
        regios.vereist(regio);
        BigDecimal waarde = waardering.voor(regio);
        List<Sroicijfers.Verplichting> rijen = cijfers.lopendIn(regio, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar + 1, 1, 1));
        Map<String, Teller> per = new LinkedHashMap<>();
        Teller totaal = new Teller();
        List<Sroirapportage.Verplichting> verplichtingen = new ArrayList<>();
        for (Sroicijfers.Verplichting v : rijen) {
            BigDecimal geleverd = waarde.multiply(BigDecimal.valueOf(v.plaatsingen()));
            per.computeIfAbsent(v.opdrachtgever(), k -> new Teller()).tel(v, geleverd);
            totaal.tel(v, geleverd);
            verplichtingen.add(new Sroirapportage.Verplichting(v.verplichtingId(), v.werkgeverId(), v.aanbesteding(), v.opdrachtgever(),
                    v.periodeVan(), v.periodeTot(), v.status(), v.bedrag(), v.vacatures(), v.plaatsingen(), geleverd,
                    percentage(geleverd, v.bedrag())));
        }
        List<Sroirapportage.Rij> perOpdrachtgever = new ArrayList<>();
        per.forEach((opdrachtgever, t) -> perOpdrachtgever.add(t.rij(opdrachtgever)));
        boolean perVerplichting = user.is(CurrentUser.BEHEERDER) && user.regio().map(regio::equals).orElse(true);
        return new Sroirapportage(regio, jaar, waarde, perOpdrachtgever, totaal.rij("Totaal"), perVerplichting ? verplichtingen : null);
    }

    /** Delivered as a percentage of the obligation, one decimal; 0 when there is no obligation to measure against. */
    static BigDecimal percentage(BigDecimal geleverd, BigDecimal bedrag) {
        if (bedrag.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return geleverd.multiply(BigDecimal.valueOf(100)).divide(bedrag, 1, RoundingMode.HALF_UP);
    }

    private static final class Teller {
        int verplichtingen;
        BigDecimal bedrag = BigDecimal.ZERO.setScale(2);
        int vacatures;
        int plaatsingen;
        BigDecimal geleverd = BigDecimal.ZERO.setScale(2);

        void tel(Sroicijfers.Verplichting v, BigDecimal waarde) {
            verplichtingen++;
            bedrag = bedrag.add(v.bedrag());
            vacatures += v.vacatures();
            plaatsingen += v.plaatsingen();
            geleverd = geleverd.add(waarde);
        }

        Sroirapportage.Rij rij(String opdrachtgever) {
            return new Sroirapportage.Rij(opdrachtgever, verplichtingen, bedrag, vacatures, plaatsingen, geleverd, percentage(geleverd, bedrag));
        }
    }
}
