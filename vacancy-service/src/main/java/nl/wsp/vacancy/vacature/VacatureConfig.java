package nl.wsp.vacancy.vacature;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;

/**
 * The own-caseload window's defaults and its scheduler. The default window is PT24H unless configured per region
 * ({@code wsp.vacatures.eigen-bestand-termijn."Amersfoort"=PT24H}); a region's beheerder sets the region's own through
 * {@code PUT /api/v1/regio-instellingen/{regio}}, which takes precedence (docs/adr/0024).
 */
@ConfigMapping(prefix = "wsp.vacatures")
public interface VacatureConfig {

    /** Default own-caseload window per region (the key is the region's name as in the partner events). */
    @WithName("eigen-bestand-termijn")
    Map<String, Duration> eigenBestandTermijnPerRegio();

    @WithName("eigen-bestand-termijn-standaard")
    @WithDefault("PT24H")
    Duration standaardTermijn();

    /** How often the scheduler looks for windows that closed; {@code off} disables it (tests drive it by hand). */
    @WithName("breed-uitzetten.interval")
    @WithDefault("1s")
    String interval();

    /** Vacancies broadcast per transaction. */
    @WithName("breed-uitzetten.batch-grootte")
    @WithDefault("500")
    int batchGrootte();

    /** The configured default of a region: what it has until its beheerder sets its own. */
    default Duration termijnVoor(String regio) {
        return eigenBestandTermijnPerRegio().getOrDefault(regio, standaardTermijn());
    }
}
