package nl.wsp.vacancy.vacature;

import java.time.Instant;
import java.util.UUID;

/** {@code nl.wsp.vacature.vervuld.v1}: all positions filled. */
public record VacatureVervuld(UUID vacatureId, UUID werkgeverId, String regio, Instant vervuldOp, int aantalPosities) {

    public static final String TYPE = "nl.wsp.vacature.vervuld.v1";
}
