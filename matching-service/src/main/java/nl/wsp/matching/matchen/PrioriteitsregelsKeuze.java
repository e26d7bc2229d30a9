package nl.wsp.matching.matchen;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.matching.matchen.regels.Prioriteitsregels;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.util.Map;

/**
 * Which version of the priority rules ranks a vacancy (ADR 0027): {@code wsp.matching.prioriteitsregels.versie} for every
 * region (default {@value Prioriteitsregels#VERSIE_V2}), and {@code wsp.matching.prioriteitsregels.regio."<region>"} for a
 * region that keeps another, e.g. {@code wsp.matching.prioriteitsregels.regio."Midden-Limburg"=prioriteit-v1} until its
 * steering group agrees. The vacancy's region decides. An unknown version or region stops the service at start-up.
 */
@ApplicationScoped
@Startup
public class PrioriteitsregelsKeuze {

    @ConfigMapping(prefix = "wsp.matching.prioriteitsregels")
    public interface Instellingen {

        @WithDefault(Prioriteitsregels.VERSIE_V2)
        String versie();

        /** Per region name (data/referentie/arbeidsmarktregios.csv): the version that region uses. */
        Map<String, String> regio();
    }

    private final String standaard;
    private final Map<String, String> perRegio;

    PrioriteitsregelsKeuze(Instellingen instellingen) {
        this.standaard = bekend(instellingen.versie(), "wsp.matching.prioriteitsregels.versie");
        instellingen.regio().forEach((regio, versie) -> {
            if (!Arbeidsmarktregios.regios().contains(regio)) {
                throw new IllegalStateException("wsp.matching.prioriteitsregels.regio.\"" + regio + "\": not a labour-market region");
            }
            bekend(versie, "wsp.matching.prioriteitsregels.regio.\"" + regio + "\"");
        });
        this.perRegio = Map.copyOf(instellingen.regio());
    }

    /** The version for a vacancy of this region (null or unknown region: the global one). */
    public String voor(String regio) {
        return regio == null ? standaard : perRegio.getOrDefault(regio, standaard);
    }

    private static String bekend(String versie, String sleutel) {
        if (!Prioriteitsregels.VERSIES.contains(versie)) {
            throw new IllegalStateException(sleutel + "=" + versie + ": known versions are " + Prioriteitsregels.VERSIES);
        }
        return versie;
    }
}
