package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code nl.werkgeversdienstverlening.vacatures.geopend.v1}: a vacancy was opened in its own-caseload window, with all its fields. */
public record VacatureGeopend(@JsonUnwrapped VacatureGegevens vacature) {

    public static final String TYPE = "nl.werkgeversdienstverlening.vacatures.geopend.v1";
}
