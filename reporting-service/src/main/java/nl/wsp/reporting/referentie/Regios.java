package nl.wsp.reporting.referentie;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labour-market regions and their municipalities, as {@link Referentiedata} wrote them from the reference file:
 * the same 35 regions as every other service. Clients read them; nobody adds one through the API.
 */
@ApplicationScoped
public class Regios {

    public static final String BUITEN_REGIO = "Buiten regio";

    /** Reference data changes rarely: kept a minute, so that another replica sees a new region within that time. */
    private static final Duration BEWAARTIJD = Duration.ofMinutes(1);

    private record Bewaard(List<String> gemeenten, boolean bestaat, long tot) {
    }

    private final RegioRepository regios;
    private final Map<String, Bewaard> bewaard = new ConcurrentHashMap<>();

    Regios(RegioRepository regios) {
        this.regios = regios;
    }

    public boolean bestaat(String regio) {
        return regio != null && lees(regio).bestaat();
    }

    /** A report's {@code regio} parameter: given and one of the 35 regions, else a 400 naming it; answers the region. */
    public String vereist(String regio) {
        if (regio == null || regio.isBlank()) {
            throw ApiProblem.invalid("regio", "verplicht");
        }
        if (!bestaat(regio)) {
            throw ApiProblem.invalid("regio", "onbekende regio");
        }
        return regio;
    }

    /** The region's municipalities in their reference order (the centre municipality first). */
    public List<String> gemeenten(String regio) {
        return lees(regio).gemeenten();
    }

    private Bewaard lees(String regio) {
        Bewaard b = bewaard.get(regio);
        if (b != null && b.tot() > System.nanoTime()) {
            return b;
        }
        boolean bestaat = regios.bestaat(regio);
        List<String> gemeenten = List.copyOf(regios.gemeenten(regio));
        b = new Bewaard(gemeenten, bestaat, System.nanoTime() + BEWAARTIJD.toNanos());
        if (bewaard.size() > 1_000) {
            bewaard.clear(); // a bound against lookups of ever new names
        }
        bewaard.put(regio, b);
        return b;
    }

    public List<String> alle() {
        return regios.namen();
    }

    /** Forgets what this replica kept, after the reference data was written. */
    void vergeet() {
        bewaard.clear();
    }
}
