package nl.wsp.vacancy.vacature;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;

/** {@code nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1}: every field of {@code geopend}, plus when and why. */
public record VacatureBreedUitgezet(@JsonUnwrapped VacatureGegevens vacature, Instant breedUitgezetOp, String reden) {

    public static final String TYPE = "nl.werkgeversdienstverlening.vacatures.breed-uitgezet.v1";
    public static final String TERMIJN_VERSTREKEN = "termijn-verstreken";
    public static final String HANDMATIG = "handmatig";
}
