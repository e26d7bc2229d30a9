package nl.wsp.matching.voordracht;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.wsp.platform.opslag.MetCode;

/** Why an employer turned a proposed candidate down: a code, so it can be counted and never carries personal data. */
public enum Afwijzingsreden implements MetCode {
    @JsonProperty("onvoldoende-vaardigheden") ONVOLDOENDE_VAARDIGHEDEN,
    @JsonProperty("onvoldoende-ervaring") ONVOLDOENDE_ERVARING,
    @JsonProperty("andere-kandidaat-gekozen") ANDERE_KANDIDAAT_GEKOZEN,
    @JsonProperty("uren-of-rooster") UREN_OF_ROOSTER,
    @JsonProperty("kandidaat-trekt-zich-terug") KANDIDAAT_TREKT_ZICH_TERUG,
    @JsonProperty("vacature-vervallen") VACATURE_VERVALLEN,
    @JsonProperty("overig") OVERIG
}
