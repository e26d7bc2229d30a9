package nl.wsp.account.werkgever;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: register an employer. Rule 1: a KvK number exists once; registering it again is refused with the
 * existing employer and its account manager, because contact with one partner is contact with all.
 */
@ApplicationScoped
public class RegistreerWerkgever {

    private final WerkgeverRepository werkgevers;
    private final AdviseurRepository adviseurs;
    private final Outbox outbox;
    private final Clock clock;
    private final Toegang toegang;

    RegistreerWerkgever(WerkgeverRepository werkgevers, AdviseurRepository adviseurs, Outbox outbox, Clock clock, Toegang toegang) {
        this.werkgevers = werkgevers;
        this.adviseurs = adviseurs;
        this.outbox = outbox;
        this.clock = clock;
        this.toegang = toegang;
    }

    /** What a client sends about an employer; the region follows from the municipality. */
    public record Invoer(String naam, String vestigingsgemeente, String sector, int aantalWerknemers, boolean keyAccount,
                         boolean smaakmaker) {

        Werkgever.Gegevens gegevens() {
            Arbeidsmarktregios.Gemeente gemeente = Arbeidsmarktregios.gemeente(vestigingsgemeente)
                    .orElseThrow(() -> ApiProblem.invalid("vestigingsgemeente", "onbekende gemeente; bekend zijn de "
                            + Arbeidsmarktregios.gemeenten().size() + " gemeenten van de " + Arbeidsmarktregios.regios().size()
                            + " arbeidsmarktregio's, in de spelling van het CBS"));
            return new Werkgever.Gegevens(naam.trim(), gemeente.naam(), gemeente.regio(), sector,
                    aantalWerknemers, keyAccount, smaakmaker);
        }
    }

    @Transactional
    public Werkgever registreer(String kvkNummer, Invoer invoer, UUID accountmanagerId, String door) {
        Werkgever.Gegevens gegevens = invoer.gegevens();
        String eigenRegio = toegang.regio();
        if (eigenRegio != null && !eigenRegio.equals(gegevens.regio())) {
            throw ApiProblem.invalid("vestigingsgemeente", "ligt buiten uw arbeidsmarktregio " + eigenRegio);
        }
        Adviseur accountmanager = accountmanagerId == null ? null : adviseurs.bestaand(accountmanagerId, "accountmanagerId");
        if (accountmanager != null && !accountmanager.regio().equals(gegevens.regio())) {
            throw ApiProblem.invalid("accountmanagerId", "de adviseur werkt in een andere regio dan de werkgever");
        }
        werkgevers.metKvkNummer(kvkNummer).ifPresent(bestaand -> {
            throw bestaat(bestaand);
        });
        Instant nu = clock.instant();
        Werkgever.Registratie r = Werkgever.registreer(kvkNummer, gegevens, nu);
        Werkgever w = r.werkgever();
        Werkgever.Toewijzing toewijzing = accountmanager == null ? null
                : w.wijsAccountmanagerToe(accountmanager.id(), accountmanager.partnerCode(), null,
                "toegewezen bij registratie", door, 1, nu);
        werkgevers.persist(w);
        outbox.append(WerkgeverGeregistreerd.TOPIC, WerkgeverGeregistreerd.TYPE, w.id().toString(), r.event());
        if (toewijzing != null) {
            werkgevers.getEntityManager().persist(toewijzing.entry());
            outbox.append(AccountmanagerToegewezen.TOPIC, AccountmanagerToegewezen.TYPE, w.id().toString(), toewijzing.event());
        }
        try {
            werkgevers.flush();
        } catch (PersistenceException raced) {
            // another registration of the same KvK number committed between our check and our insert
            throw ApiProblem.conflict("werkgever-bestaat", "Werkgever met KvK-nummer " + kvkNummer + " bestaat al", Map.of());
        }
        return w;
    }

    ApiProblem bestaat(Werkgever bestaand) {
        if (toegang.regio() != null && !toegang.regio().equals(bestaand.regio())) {
            // the KvK number is unique nationally, but another region's employer and account manager stay unseen
            return ApiProblem.conflict("werkgever-bestaat", "Een werkgever met KvK-nummer " + bestaand.kvkNummer()
                    + " is geregistreerd in een andere arbeidsmarktregio", Map.of());
        }
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("bestaandeWerkgever", "/api/v1/werkgevers/" + bestaand.id());
        ext.put("bestaandeWerkgeverNaam", bestaand.naam());
        if (bestaand.accountmanagerId() != null) {
            adviseurs.findByIdOptional(bestaand.accountmanagerId()).ifPresent(am -> ext.put("accountmanager", Map.of(
                    "id", am.id().toString(), "naam", am.naam(), "partner", am.partnerCode(),
                    "link", "/api/v1/adviseurs/" + am.id())));
        }
        return ApiProblem.conflict("werkgever-bestaat", "Werkgever met KvK-nummer " + bestaand.kvkNummer()
                + " bestaat al: " + bestaand.naam() + ". Contact met één is contact met allen.", ext);
    }
}
