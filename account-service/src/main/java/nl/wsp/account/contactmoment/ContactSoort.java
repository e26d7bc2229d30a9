package nl.wsp.account.contactmoment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of contact moment (rule 3): a company visit, a call, a mail, a meeting or event. */
public enum ContactSoort {
    @JsonProperty("bezoek") BEZOEK,
    @JsonProperty("telefoon") TELEFOON,
    @JsonProperty("mail") MAIL,
    @JsonProperty("bijeenkomst") BIJEENKOMST
}
