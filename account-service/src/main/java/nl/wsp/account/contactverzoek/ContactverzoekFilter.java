package nl.wsp.account.contactverzoek;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which requests {@code GET /api/v1/contactverzoeken} lists: the open ones, or only those past their 24 hours. */
public enum ContactverzoekFilter {
    @JsonProperty("open") OPEN,
    @JsonProperty("termijn-verstreken") TERMIJN_VERSTREKEN
}
