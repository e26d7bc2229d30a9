package nl.wsp.matching.doelstelling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/** This service's copy of reporting-service's nl.werkgeversdienstverlening.doelstellingen.status-gewijzigd.v1: what the solidarity rule reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DoelstellingStatusGewijzigdV1(String partner, String regio, Integer jaar, BigDecimal achterstand) {
    public static final String TYPE = "nl.werkgeversdienstverlening.doelstellingen.status-gewijzigd.v1";
}
