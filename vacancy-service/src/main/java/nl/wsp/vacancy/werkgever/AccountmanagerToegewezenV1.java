package nl.wsp.vacancy.werkgever;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** Our copy of {@code nl.werkgeversdienstverlening.werkgevers.accountmanager-toegewezen.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountmanagerToegewezenV1(UUID werkgeverId, UUID accountmanagerId, String accountmanagerPartner,
                                         UUID vorigeAccountmanagerId, String reden) {

    public static final String TYPE = "nl.werkgeversdienstverlening.werkgevers.accountmanager-toegewezen.v1";
}
