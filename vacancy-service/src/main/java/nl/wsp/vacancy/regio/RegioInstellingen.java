package nl.wsp.vacancy.regio;

import jakarta.enterprise.context.ApplicationScoped;
import nl.wsp.vacancy.vacature.EigenBestandTermijnen;
import nl.wsp.vacancy.vacature.VacatureConfig;

import java.time.Duration;

/**
 * The own-caseload window of a region: what its beheerder set ({@code PUT /api/v1/regio-instellingen/{regio}}), else the
 * configured default ({@code wsp.vacatures.eigen-bestand-termijn."<regio>"}, else {@code …-standaard}). Read when a
 * vacancy opens, in that transaction.
 */
@ApplicationScoped
class RegioInstellingen implements EigenBestandTermijnen {

    private final RegioInstellingRepository instellingen;
    private final VacatureConfig config;

    RegioInstellingen(RegioInstellingRepository instellingen, VacatureConfig config) {
        this.instellingen = instellingen;
        this.config = config;
    }

    @Override
    public Duration voor(String regio) {
        return instellingen.lees(regio).flatMap(RegioInstelling::eigenBestandTermijn).orElseGet(() -> standaard(regio));
    }

    Duration standaard(String regio) {
        return config.termijnVoor(regio);
    }
}
