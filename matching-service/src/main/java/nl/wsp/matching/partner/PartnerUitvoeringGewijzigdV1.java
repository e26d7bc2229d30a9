package nl.wsp.matching.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.UUID;

/**
 * Our own copy of the fields we read from account-service's {@code nl.werkgeversdienstverlening.partners.uitvoering-gewijzigd.v1}
 * (docs/events.md, ADR 0041): the whole list of municipalities the partner is the executing organisation of.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerUitvoeringGewijzigdV1(UUID partnerId, String code, List<String> uitvoerendVoor) {

    public static final String TYPE = "nl.werkgeversdienstverlening.partners.uitvoering-gewijzigd.v1";
}
