package nl.wsp.reporting.netwerk;

import nl.wsp.platform.http.Referentie;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.reporting.dienstverlening.Rapportperiode;
import nl.wsp.reporting.netwerk.api.Netwerkrapportage;
import nl.wsp.reporting.platform.CsvWriter;
import nl.wsp.reporting.referentie.Regios;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/rapportages/netwerk")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
@Tag(name = "Rapportages", description = "Realisatie tegen doelstellingen, Banenafspraak, stuurgroeprapportage; alleen aggregaten; ook als CSV")
public class NetwerkResource {

    /** Regular contact: at least this many contact moments in the 12 months up to the end of the period. */
    static final int REGELMATIG = 2;

    private final EntityManager em;
    private final Regios regios;

    NetwerkResource(EntityManager em, Regios regios) {
        this.em = em;
        this.regios = regios;
    }

    @GET
    @RolesAllowed({"dashboard", "beheerder"})
    @Operation(operationId = "leesNetwerk", summary = "Het werkgeversnetwerk per sector: bekend, met regelmatig contact (minstens 2 contactmomenten in de 12 maanden tot het einde van de periode), met vacatures in de periode, key-accounts, ambassadeurs")
    public Netwerkrapportage netwerk(
            @QueryParam("regio") @Referentie(Referentie.REGIO) @Parameter(description = "De arbeidsmarktregio", example = "Amersfoort") String regio,
            @QueryParam("jaar") @NotNull(message = "verplicht") @Min(value = 2000, message = "een jaar van 2000 tot en met 2100") @Max(value = 2100, message = "een jaar van 2000 tot en met 2100") @Parameter(description = "Het kalenderjaar", example = "2026") Integer jaar,
            @QueryParam("kwartaal") @Min(value = 1, message = "1 tot en met 4") @Max(value = 4, message = "1 tot en met 4") @Parameter(description = "Alleen dit kwartaal (1–4); niet samen met `maand`") Integer kwartaal,
            @QueryParam("maand") @Min(value = 1, message = "1 tot en met 12") @Max(value = 12, message = "1 tot en met 12") @Parameter(description = "Alleen deze maand (1–12); niet samen met `kwartaal`") Integer maand) {
        if (regio == null || regio.isBlank()) {
            throw ApiProblem.invalid("regio", "verplicht");
        }
        if (!regios.bestaat(regio)) {
            throw ApiProblem.invalid("regio", "onbekende regio");
        }
        Rapportperiode p = Rapportperiode.van(jaar, kwartaal, maand);
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                        WITH w AS (SELECT werkgever_id, sector, key_account, smaakmaker FROM netwerk_werkgever
                                    WHERE regio = ?1 AND bekend_sinds < ?3),
                             c AS (SELECT werkgever_id FROM netwerk_contacten_per_maand
                                    WHERE maand >= ?4 AND maand < ?3 GROUP BY 1 HAVING sum(aantal) >= ?5),
                             v AS (SELECT DISTINCT werkgever_id FROM netwerk_vacatures_per_maand WHERE maand >= ?2 AND maand < ?3)
                        SELECT w.sector, count(*), count(c.werkgever_id), count(v.werkgever_id),
                               count(*) FILTER (WHERE w.key_account), count(*) FILTER (WHERE w.smaakmaker)
                          FROM w LEFT JOIN c USING (werkgever_id) LEFT JOIN v USING (werkgever_id)
                         GROUP BY w.sector ORDER BY w.sector""")
                .setParameter(1, regio).setParameter(2, p.van()).setParameter(3, p.tot())
                .setParameter(4, p.tot().minusMonths(12)).setParameter(5, REGELMATIG)
                .getResultList();
        List<Netwerkrapportage.Rij> perSector = new ArrayList<>();
        int[] t = new int[5];
        for (Object[] r : rijen) {
            int[] n = new int[5];
            for (int i = 0; i < 5; i++) {
                n[i] = ((Number) r[i + 1]).intValue();
                t[i] += n[i];
            }
            perSector.add(new Netwerkrapportage.Rij((String) r[0], n[0], n[1], n[2], n[3], n[4]));
        }
        return new Netwerkrapportage(regio, p.van(), p.tot(), perSector, new Netwerkrapportage.Rij("Totaal", t[0], t[1], t[2], t[3], t[4]));
    }
}
