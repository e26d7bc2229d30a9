package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code nl.werkgeversdienstverlening.vacatures.gewijzigd.v1}: an active vacancy changed (its content or its account manager), with all its fields. */
public record VacatureGewijzigd(@JsonUnwrapped VacatureGegevens vacature) {

    public static final String TYPE = "nl.werkgeversdienstverlening.vacatures.gewijzigd.v1";
}
