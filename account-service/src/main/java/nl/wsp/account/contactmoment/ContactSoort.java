package nl.wsp.account.contactmoment;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

/**
 * Kinds of contact moment (rule 3): a company visit, a call, a mail, a meeting or event. Stored as the API's code
 * ({@code bezoek}, V271_15), as the events and the API carry it (docs/adr/0026, "Status values").
 */
public enum ContactSoort implements MetCode {
    @JsonProperty("bezoek") BEZOEK,
    @JsonProperty("telefoon") TELEFOON,
    @JsonProperty("mail") MAIL,
    @JsonProperty("bijeenkomst") BIJEENKOMST;

    @Converter
    public static class Code extends Codeconverter<ContactSoort> {
        public Code() {
            super(ContactSoort.class);
        }
    }
}
