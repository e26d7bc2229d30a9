package nl.wsp.matching.voordracht;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
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
     * leaves the service). On {@code gedaan} only, optional additions for the fairness monitor of reporting-service
     * (issue 18 item 7, docs/adr/0043): {@code regio} (the vacancy's), the candidate's {@code doelgroepen} and
     * {@code leeftijdsband} (absent when the partner sent none) — counting codes, as on a placement.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoordrachtV1(UUID voordrachtId, UUID vacatureId, UUID kandidaatId, String partner, String uitkomst,
                               String reden, String regio, List<String> doelgroepen, String leeftijdsband) {

        static VoordrachtV1 van(Voordracht v) {
            String uitkomst = v.status() == Voordracht.Status.VOORGEDRAGEN ? null : v.status().code();
            return new VoordrachtV1(v.id(), v.vacatureId(), v.kandidaatId(), v.partner(), uitkomst, v.reden(), null, null, null);
        }

        /** With what the fairness monitor counts: the vacancy's region, the candidate's target groups and age band. */
        VoordrachtV1 metKenmerken(String regio, List<String> doelgroepen, String leeftijdsband) {
            return new VoordrachtV1(voordrachtId, vacatureId, kandidaatId, partner, uitkomst, reden, regio,
                    doelgroepen == null ? List.of() : doelgroepen.stream().sorted().toList(), leeftijdsband);
        }

        /** The copy that leaves the service: the candidate by its event pseudonym (docs/adr/0017-erasure-and-retention.md). */
        VoordrachtV1 onderPseudoniem(UUID pseudoniem) {
            return new VoordrachtV1(voordrachtId, vacatureId, pseudoniem, partner, uitkomst, reden, regio, doelgroepen,
                    leeftijdsband);
        }
    }
}
