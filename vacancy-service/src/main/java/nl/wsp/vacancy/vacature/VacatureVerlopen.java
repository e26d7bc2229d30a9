package nl.wsp.vacancy.vacature;

import java.time.Instant;
import java.util.UUID;

/** {@code nl.wsp.vacature.verlopen.v1}: the closing date passed before all positions were filled. */
public record VacatureVerlopen(UUID vacatureId, UUID werkgeverId, String regio, Instant verlopenOp) {

    public static final String TYPE = "nl.wsp.vacature.verlopen.v1";
}
