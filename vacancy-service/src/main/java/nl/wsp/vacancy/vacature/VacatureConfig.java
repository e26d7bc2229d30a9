package nl.wsp.vacancy.vacature;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;

/**
 * The own-caseload window and its scheduler. The window is PT24H unless the region has its own:
 * {@code wsp.vacatures.eigen-bestand-termijn."Amersfoort"=PT24H}.
 */
@ConfigMapping(prefix = "wsp.vacatures")
public interface VacatureConfig {

    /** Own-caseload window per region (the key is the region's name as in the partner events). */
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

    default Duration termijnVoor(String regio) {
        return eigenBestandTermijnPerRegio().getOrDefault(regio, standaardTermijn());
    }
}
