package nl.wsp.reporting.wissing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Our copy of matching-service's {@code nl.werkgeversdienstverlening.kandidaten.gewist.v1} (docs/events.md): the id, and nothing else. */
@JsonIgnoreProperties(ignoreUnknown = true)
record KandidaatGewistV1(String kandidaatId) {

    /** The one place this consumer names the type: a rename of the event type is a change of this line. */
    static final String TYPE = "nl.werkgeversdienstverlening.kandidaten.gewist.v1";
}
