package nl.wsp.account.partner;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of partner organisation the law (Wet SUWI) brings together in a WSP. */
public enum PartnerSoort {
    @JsonProperty("gemeente") GEMEENTE,
    @JsonProperty("uwv") UWV,
    @JsonProperty("sw-bedrijf") SW_BEDRIJF
}
