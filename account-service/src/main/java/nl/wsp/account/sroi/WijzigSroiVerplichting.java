package nl.wsp.account.sroi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.beller.Beller;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Use case: change an obligation's procurement name, amount or period, or close (or reopen) it (docs/adr/0032). The
 * employer and the contracting partner stay: another contract is another obligation. Each change is one
 * {@code gewijzigd.v1} with the whole obligation as it is now.
 */
@ApplicationScoped
public class WijzigSroiVerplichting {

    private final SroiVerplichtingRepository verplichtingen;
    private final Beller beller;
    private final Outbox outbox;
    private final Clock clock;

    WijzigSroiVerplichting(SroiVerplichtingRepository verplichtingen, Beller beller, Outbox outbox, Clock clock) {
        this.verplichtingen = verplichtingen;
        this.beller = beller;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SroiVerplichting wijzig(UUID id, String aanbesteding, BigDecimal bedrag, LocalDate van, LocalDate tot, SroiStatus status) {
        SroiVerplichting v = zichtbaar(id);
        String a = SroiRegels.aanbesteding(aanbesteding);
        BigDecimal b = SroiRegels.bedrag(bedrag);
        SroiRegels.periode(van, tot);
        v.wijzig(a, b, van, tot, status == null ? v.status() : status, beller.wie(), clock.instant());
        outbox.append(SroiVerplichtingGegevens.TOPIC, SroiVerplichtingGegevens.GEWIJZIGD, v.id().toString(), v.gegevens());
        return v;
    }

    /** The obligation if the caller may see it (an adviser or regional beheerder: of their region); 404 otherwise. */
    public SroiVerplichting zichtbaar(UUID id) {
        return verplichtingen.findByIdOptional(id).filter(v -> beller.ziet(v.regio()))
                .orElseThrow(() -> ApiProblem.notFound("SROI-verplichting " + id));
    }
}
