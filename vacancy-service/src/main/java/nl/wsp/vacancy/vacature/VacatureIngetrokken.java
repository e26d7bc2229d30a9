package nl.wsp.vacancy.vacature;

import java.time.Instant;
import java.util.UUID;

/** {@code nl.wsp.vacature.ingetrokken.v1}: the employer or account manager withdrew the vacancy. */
public record VacatureIngetrokken(UUID vacatureId, UUID werkgeverId, String regio, Instant ingetrokkenOp, String reden) {

    public static final String TYPE = "nl.wsp.vacature.ingetrokken.v1";
}
