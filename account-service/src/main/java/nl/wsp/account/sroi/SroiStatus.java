package nl.wsp.account.sroi;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

/**
 * Where a social return obligation stands (docs/adr/0032): {@code lopend} while the contractor delivers on it,
 * {@code gesloten} once the social return officer settled it. Stored as the API's code, as the events carry it.
 */
public enum SroiStatus implements MetCode {
    @JsonProperty("lopend") LOPEND,
    @JsonProperty("gesloten") GESLOTEN;

    @Converter
    public static class Code extends Codeconverter<SroiStatus> {
        public Code() {
            super(SroiStatus.class);
        }
    }
}
