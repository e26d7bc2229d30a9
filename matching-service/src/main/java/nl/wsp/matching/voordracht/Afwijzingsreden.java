package nl.wsp.matching.voordracht;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an employer turned a proposed candidate down: a code, so it can be counted and never carries personal data. */
public enum Afwijzingsreden {
    @JsonProperty("onvoldoende-vaardigheden") ONVOLDOENDE_VAARDIGHEDEN("onvoldoende-vaardigheden"),
    @JsonProperty("onvoldoende-ervaring") ONVOLDOENDE_ERVARING("onvoldoende-ervaring"),
    @JsonProperty("andere-kandidaat-gekozen") ANDERE_KANDIDAAT_GEKOZEN("andere-kandidaat-gekozen"),
    @JsonProperty("uren-of-rooster") UREN_OF_ROOSTER("uren-of-rooster"),
    @JsonProperty("kandidaat-trekt-zich-terug") KANDIDAAT_TREKT_ZICH_TERUG("kandidaat-trekt-zich-terug"),
    @JsonProperty("vacature-vervallen") VACATURE_VERVALLEN("vacature-vervallen"),
    @JsonProperty("overig") OVERIG("overig");

    private final String code;

    Afwijzingsreden(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
