package nl.wsp.vacancy.vacature;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code nl.werkgeversdienstverlening.vacatures.verlopen.v1}: the closing date passed before all positions were filled. The optional {@code accountmanagerPartner}, {@code eigenBestandTot} and
 * {@code breedUitgezetOp} (absent: never broadcast) tell consumers whose own-caseload window the vacancy was in.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record VacatureVerlopen(UUID vacatureId, UUID werkgeverId, String regio, Instant verlopenOp,
                               String accountmanagerPartner, Instant eigenBestandTot, Instant breedUitgezetOp) {

    public static final String TYPE = "nl.werkgeversdienstverlening.vacatures.verlopen.v1";
}
