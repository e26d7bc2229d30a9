package nl.wsp.account.partner;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

/**
 * The kinds of partner organisation the law (Wet SUWI) brings together in a WSP. Stored as the API's code
 * ({@code sw-bedrijf}, V271_15), as the events and the API carry it (docs/adr/0026, "Status values").
 */
public enum PartnerSoort implements MetCode {
    @JsonProperty("gemeente") GEMEENTE,
    @JsonProperty("uwv") UWV,
    @JsonProperty("sw-bedrijf") SW_BEDRIJF;

    @Converter
    public static class Code extends Codeconverter<PartnerSoort> {
        public Code() {
            super(PartnerSoort.class);
        }
    }
}
