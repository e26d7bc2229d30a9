package nl.wsp.account.contactverzoek;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

/**
 * How a contact request came in: registered by an adviser or beheerder ({@code POST /contactverzoeken}), or handed in
 * by the employer on the public website ({@code POST /website-contactverzoeken}, docs/adr/0042). Stored as the code.
 */
public enum Kanaal implements MetCode {
    @JsonProperty("adviseur") ADVISEUR,
    @JsonProperty("website") WEBSITE;

    @Converter
    public static class Code extends Codeconverter<Kanaal> {
        public Code() {
            super(Kanaal.class);
        }
    }
}
