package nl.wsp.account.evenement;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

/**
 * The three levels source 000 organises employer meetings on ("De werkgeversbijeenkomsten worden op 3 niveaus
 * georganiseerd"): {@code overheid} (the region's municipalities and the institutions they subsidise, as employers),
 * {@code branche} (one branch of industry, so that the information fits the companies present: an event of this level
 * names its {@code sector}) and {@code regio} (for the employers of one municipality of the region).
 */
public enum EvenementNiveau implements MetCode {
    @JsonProperty("overheid") OVERHEID,
    @JsonProperty("branche") BRANCHE,
    @JsonProperty("regio") REGIO;

    @Converter
    public static class Code extends Codeconverter<EvenementNiveau> {
        public Code() {
            super(EvenementNiveau.class);
        }
    }
}
