package nl.wsp.reporting.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * Our own copy of the fields we read from account-service's {@code nl.werkgeversdienstverlening.partners.geregistreerd.v1}
 * (docs/events.md). Unknown fields are ignored: a producer may add optional fields within v1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerGeregistreerdV1(UUID partnerId, String code, String naam, String soort, String regio) {

    public static final String TYPE = "nl.werkgeversdienstverlening.partners.geregistreerd.v1";
}
