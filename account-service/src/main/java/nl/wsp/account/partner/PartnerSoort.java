package nl.wsp.account.partner;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Converter;
import nl.wsp.platform.opslag.Codeconverter;
import nl.wsp.platform.opslag.MetCode;

/**
 * The kinds of partner organisation in a WSP: the three the law (Wet SUWI) brings together, and the two it works with
 * "beperkt extern" (source 004) — re-integration companies and private intermediaries (temporary-work agencies among
 * them, source 001), which have a limited role ({@link #beperkt()}, docs/adr/0042). Stored as the API's code
 * ({@code sw-bedrijf}, V271_15; the new two V273_20), as the events and the API carry it (docs/adr/0026, "Status values").
 */
public enum PartnerSoort implements MetCode {
    @JsonProperty("gemeente") GEMEENTE,
    @JsonProperty("uwv") UWV,
    @JsonProperty("sw-bedrijf") SW_BEDRIJF,
    @JsonProperty("re-integratiebedrijf") RE_INTEGRATIEBEDRIJF,
    @JsonProperty("private-bemiddelaar") PRIVATE_BEMIDDELAAR;

    /**
     * Whether the partner works with the WSP in a limited role (docs/adr/0042): its users see and answer vacancies
     * broadcast to every partner and propose their own candidates, but see no employer, contact moment, contact
     * request, account plan, report or life-domain note, and none of its advisers can be an account manager.
     */
    public boolean beperkt() {
        return this == RE_INTEGRATIEBEDRIJF || this == PRIVATE_BEMIDDELAAR;
    }

    @Converter
    public static class Code extends Codeconverter<PartnerSoort> {
        public Code() {
            super(PartnerSoort.class);
        }
    }
}
