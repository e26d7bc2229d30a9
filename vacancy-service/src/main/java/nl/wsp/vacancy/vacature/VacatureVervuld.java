package nl.wsp.vacancy.vacature;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code nl.werkgeversdienstverlening.vacatures.vervuld.v1}: all positions filled. The optional {@code accountmanagerPartner}, {@code eigenBestandTot} and
 * {@code breedUitgezetOp} (absent: never broadcast) tell consumers whose own-caseload window the vacancy was in.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record VacatureVervuld(UUID vacatureId, UUID werkgeverId, String regio, Instant vervuldOp, int aantalPosities,
                              String accountmanagerPartner, Instant eigenBestandTot, Instant breedUitgezetOp) {

    public static final String TYPE = "nl.werkgeversdienstverlening.vacatures.vervuld.v1";
}
