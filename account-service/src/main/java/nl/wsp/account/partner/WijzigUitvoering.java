package nl.wsp.account.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Use case (ADR 0041): a region's beheerder, or the national one, names the municipalities a partner is the executing
 * organisation of, as Baanbrekers is "uitvoeringsorganisatie namens Heusden, Loon op Zand en Waalwijk" (source 004). Each
 * must be a municipality of the reference data in the partner's region, else 400 naming {@code uitvoerendVoor[i]} and
 * nothing changes. The change and its event commit in one transaction; naming the municipalities it has already changes
 * nothing and tells nothing. Another region's partner is a 404, as one that does not exist.
 */
@ApplicationScoped
public class WijzigUitvoering {

    private final WijzigPartnerStatus status;
    private final Outbox outbox;
    private final Clock clock;

    WijzigUitvoering(WijzigPartnerStatus status, Outbox outbox, Clock clock) {
        this.status = status;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Partner wijzig(String code, List<String> uitvoerendVoor) {
        Partner partner = status.zichtbaar(code);
        TreeSet<String> gemeenten = new TreeSet<>();
        for (int i = 0; i < uitvoerendVoor.size(); i++) {
            String veld = "uitvoerendVoor[" + i + "]";
            Arbeidsmarktregios.Gemeente gemeente = Arbeidsmarktregios.gemeente(uitvoerendVoor.get(i))
                    .orElseThrow(() -> ApiProblem.invalid(veld, "onbekende gemeente; een gemeente van de referentiedata (GET /api/v1/regios/{regio} van reporting-service)"));
            if (!gemeente.regio().equals(partner.regio())) {
                throw ApiProblem.invalid(veld, gemeente.naam() + " ligt in regio " + gemeente.regio()
                        + ", niet in de regio van de partner (" + partner.regio() + ")");
            }
            gemeenten.add(gemeente.naam());
        }
        partner.voerUitVoor(new ArrayList<>(gemeenten), clock.instant()).ifPresent(event ->
                outbox.append(PartnerUitvoeringGewijzigd.TOPIC, PartnerUitvoeringGewijzigd.TYPE, partner.id().toString(), event));
        return partner;
    }
}
