package nl.wsp.reporting.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * Our own copy of the fields we read from account-service's {@code nl.werkgeversdienstverlening.partners.gedeactiveerd.v1}
 * and {@code …geactiveerd.v1} (docs/events.md): which partner; the type says whether it is active now.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerActiefGewijzigdV1(UUID partnerId, String code) {

    public static final String GEDEACTIVEERD = "nl.werkgeversdienstverlening.partners.gedeactiveerd.v1";
    public static final String GEACTIVEERD = "nl.werkgeversdienstverlening.partners.geactiveerd.v1";
}
