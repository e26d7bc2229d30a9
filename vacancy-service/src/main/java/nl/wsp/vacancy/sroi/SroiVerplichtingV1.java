package nl.wsp.vacancy.sroi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** Our copy of the fields of account-service's {@code sroi-verplichtingen.vastgelegd/gewijzigd.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SroiVerplichtingV1(UUID verplichtingId, UUID werkgeverId) {

    static final String VASTGELEGD = "nl.werkgeversdienstverlening.sroi-verplichtingen.vastgelegd.v1";
    static final String GEWIJZIGD = "nl.werkgeversdienstverlening.sroi-verplichtingen.gewijzigd.v1";
}
