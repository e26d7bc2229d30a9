package nl.wsp.matching.voordracht;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** Events of proposals (topic wsp.matching.voordrachten, keyed by voordrachtId). Pseudonymous ids and codes only. */
public final class VoordrachtEvents {

    public static final String TOPIC = "wsp.matching.voordrachten";
    public static final String GEDAAN = "nl.werkgeversdienstverlening.voordrachten.gedaan.v1";
    public static final String UITKOMST_GEREGISTREERD = "nl.werkgeversdienstverlening.voordrachten.uitkomst-geregistreerd.v1";

    private VoordrachtEvents() {
    }

    /**
     * The data of both types. {@code partner} is the proposing adviser's partner; {@code uitkomst} is absent on
     * {@code gedaan}; {@code reden} is a code, present only when the outcome is {@code afgewezen} (free text never
     * leaves the service).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoordrachtV1(UUID voordrachtId, UUID vacatureId, UUID kandidaatId, String partner, String uitkomst,
                               String reden) {

        static VoordrachtV1 van(Voordracht v) {
            String uitkomst = v.status() == Voordracht.Status.VOORGEDRAGEN ? null : v.status().code();
            return new VoordrachtV1(v.id(), v.vacatureId(), v.kandidaatId(), v.partner(), uitkomst, v.reden());
        }

        /** The copy that leaves the service: the candidate by its event pseudonym (docs/adr/0017-erasure-and-retention.md). */
        VoordrachtV1 onderPseudoniem(UUID pseudoniem) {
            return new VoordrachtV1(voordrachtId, vacatureId, pseudoniem, partner, uitkomst, reden);
        }
    }
}
