package nl.wsp.account.contactverzoek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.contactverzoek.api.WebsiteContactverzoekVerzoek;
import nl.wsp.account.privacy.Verwerkingen;
import nl.wsp.account.werkgever.RegistreerWerkgever;
import nl.wsp.account.werkgever.Toegang;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.account.werkgever.WerkgeverRepository;
import nl.wsp.platform.logboek.Verwerkingslogboek;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Use case: an employer asks for contact on the public website (source 004: "Nieuw contact via de website";
 * docs/adr/0042). The KvK number names the employer: one the WSP knows keeps its account manager (contact with one
 * is contact with all), one it does not know is registered without one. From there it is an ordinary contact request —
 * the same routing (account manager, sector desk, the region's contact person) and the same 24 hours
 * ({@link OntvangContactverzoek}) — that also keeps whom to answer.
 * <p>A public form can be filled in by anyone as often as they like, so beside the frame's throttling per client an
 * employer (KvK number) hands in at most {@link #PER_WERKGEVER} requests through the website per {@link #PERIODE};
 * one more is {@code 429} with {@code Retry-After} and nothing is stored. Counted from the stored requests, so it
 * holds over every replica and follows the injected clock.
 */
@ApplicationScoped
public class OntvangWebsiteContactverzoek {

    /** At most this many website requests of one employer (KvK number) … */
    public static final int PER_WERKGEVER = 3;
    /** … per this sliding period. */
    public static final Duration PERIODE = Duration.ofHours(24);

    private final WerkgeverRepository werkgevers;
    private final RegistreerWerkgever registreer;
    private final OntvangContactverzoek ontvang;
    private final ContactverzoekRepository verzoeken;
    private final Toegang toegang;
    private final Verwerkingslogboek logboek;
    private final Clock clock;

    OntvangWebsiteContactverzoek(WerkgeverRepository werkgevers, RegistreerWerkgever registreer, OntvangContactverzoek ontvang,
                                 ContactverzoekRepository verzoeken, Toegang toegang, Verwerkingslogboek logboek, Clock clock) {
        this.werkgevers = werkgevers;
        this.registreer = registreer;
        this.ontvang = ontvang;
        this.verzoeken = verzoeken;
        this.toegang = toegang;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public Contactverzoek ontvang(WebsiteContactverzoekVerzoek v) {
        if (v.email() == null && v.telefoon() == null) {
            throw ApiProblem.invalid("email", "een e-mailadres of telefoonnummer (of beide): waarop de werkgever antwoord krijgt");
        }
        Arbeidsmarktregios.Gemeente gemeente = Arbeidsmarktregios.gemeente(v.vestigingsgemeente())
                .orElseThrow(() -> ApiProblem.invalid("vestigingsgemeente", "onbekende gemeente; bekend zijn de "
                        + Arbeidsmarktregios.gemeenten().size() + " gemeenten van de arbeidsmarktregio's, in de spelling van het CBS"));
        String eigenRegio = toegang.regio();
        if (eigenRegio != null && !eigenRegio.equals(gemeente.regio())) {
            throw ApiProblem.invalid("vestigingsgemeente", "ligt buiten arbeidsmarktregio " + eigenRegio + " van deze website");
        }
        Werkgever w = werkgevers.metKvkNummer(v.kvkNummer()).orElse(null);
        if (w != null) {
            binnenDeLimiet(w);
        } else {
            w = registreer.registreer(v.kvkNummer(), new RegistreerWerkgever.Invoer(v.bedrijfsnaam(), gemeente.naam(),
                    v.sector(), v.aantalWerknemers() == null ? 0 : v.aantalWerknemers(), false, false), null, toegang.wie());
        }
        Contactverzoek verzoek = ontvang.ontvangViaWebsite(w, v.vraag().trim(),
                new Contactverzoek.Afzender(v.contactpersoon().trim(), v.email(), v.telefoon()));
        logboek.registreer(w.id(), Verwerkingen.WERKGEVER, "ontvangen");
        return verzoek;
    }

    private void binnenDeLimiet(Werkgever w) {
        Instant nu = clock.instant();
        List<Instant> recent = verzoeken.viaWebsiteSinds(w.id(), nu.minus(PERIODE));
        if (recent.size() >= PER_WERKGEVER) {
            Instant vrij = recent.get(recent.size() - PER_WERKGEVER).plus(PERIODE);
            long seconden = Math.max(1, (Duration.between(nu, vrij).toMillis() + 999) / 1000);
            throw new ApiProblem(429, "te-veel-verzoeken", "Te veel verzoeken", "Voor dit KvK-nummer kwamen via de website al "
                    + PER_WERKGEVER + " contactverzoeken binnen in de laatste 24 uur; probeer het over " + seconden
                    + " seconden opnieuw", null, null).opnieuwNa((int) Math.min(Integer.MAX_VALUE, seconden));
        }
    }
}
