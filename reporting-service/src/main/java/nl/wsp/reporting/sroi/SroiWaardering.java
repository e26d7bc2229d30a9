package nl.wsp.reporting.sroi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a placement counts as delivered social return (docs/adr/0032): a fixed value in euros per placement on a vacancy
 * that names the obligation. The sources give none (001 counts delivered value "in vorm van bijvoorbeeld arbeidsplekken
 * en stages" without a rate); the default is an assumption a region replaces with its own municipalities' rule,
 * {@code wsp.reporting.sroi.waarde-per-plaatsing} for all and {@code wsp.reporting.sroi.regio."<regio>"} per region.
 */
@ConfigMapping(prefix = "wsp.reporting.sroi")
public interface SroiWaardering {

    /** Euros credited per placement, unless the region has its own. */
    @WithName("waarde-per-plaatsing")
    @WithDefault("35000.00")
    BigDecimal waardePerPlaatsing();

    /** Per region (its name as in data/referentie) its own value per placement. */
    Map<String, BigDecimal> regio();

    default BigDecimal voor(String regio) {
        return regio().getOrDefault(regio, waardePerPlaatsing()).setScale(2);
    }
}
