package nl.wsp.reporting.team;

import jakarta.enterprise.context.RequestScoped;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import nl.wsp.platform.time.TimeSource;
import nl.wsp.reporting.partner.PartnerRegioRepository;
import nl.wsp.reporting.periode.Periode;
import nl.wsp.reporting.referentie.Regios;
import nl.wsp.reporting.team.api.Adviseursrapportage;
import nl.wsp.reporting.team.api.Teamrapportage;
import nl.wsp.reporting.team.api.Werkcijfers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the operational reports per unit and per adviser (issue 17 item 4, docs/adr/0033), with who sees what: a
 * dashboard and a beheerder every unit; an adviser their own unit and their own row, nothing of another region or
 * adviser; the per-adviser report only the beheerder (a regional one: its region) and the adviser themselves.
 */
@RequestScoped
public class Werkoverzichten {

    private final Teamcijfers cijfers;
    private final Regios regios;
    private final PartnerRegioRepository partners;
    private final CurrentUser user;
    private final Clock clock;

    Werkoverzichten(Teamcijfers cijfers, Regios regios, PartnerRegioRepository partners, CurrentUser user, Clock clock) {
        this.cijfers = cijfers;
        this.regios = regios;
        this.partners = partners;
        this.user = user;
        this.clock = clock;
    }

    public Teamrapportage perTeam(String regio, Periode p) {
        geenBeperktePartner();
        LocalDate peil = peildatum(regio, p);
        List<Teamcijfers.Feit> feiten = zietRegio(regio) ? cijfers.feiten(regio, p, peil) : List.of();
        Map<UUID, long[]> perTeam = new LinkedHashMap<>();
        for (Teamcijfers.Feit f : feiten) {
            tel(perTeam.computeIfAbsent(f.team(), t -> new long[Teamcijfers.Maat.values().length]), f.aantallen());
        }
        List<Teamrapportage.Rij> rijen = new ArrayList<>();
        if (user.is(CurrentUser.ADVISEUR)) {
            Optional<UUID> eigen = zietRegio(regio) ? cijfers.huidigTeam(adviseur()) : Optional.empty();
            eigen.flatMap(id -> cijfers.teams(regio).stream().filter(t -> t.id().equals(id)).findFirst())
                    .ifPresent(t -> rijen.add(rij(t.id(), t.naam(), perTeam)));
        } else {
            for (Teamcijfers.Team t : cijfers.teams(regio)) {
                rijen.add(rij(t.id(), t.naam(), perTeam));
            }
            if (perTeam.containsKey(null)) {
                rijen.add(rij(null, "Zonder team", perTeam));
            }
        }
        return new Teamrapportage(regio, p.van(), p.tot(), peil, rijen);
    }

    public Adviseursrapportage perAdviseur(String regio, Periode p) {
        geenBeperktePartner();
        LocalDate peil = peildatum(regio, p);
        boolean adviseur = user.is(CurrentUser.ADVISEUR);
        boolean ziet = adviseur ? zietRegio(regio) : user.regio().map(r -> r.equals(regio)).orElse(true);
        Map<UUID, long[]> per = new LinkedHashMap<>();
        if (adviseur && ziet) {
            per.put(adviseur(), new long[Teamcijfers.Maat.values().length]);
        }
        if (ziet) {
            for (Teamcijfers.Feit f : cijfers.feiten(regio, p, peil)) {
                if (!adviseur || f.adviseur().equals(adviseur())) {
                    tel(per.computeIfAbsent(f.adviseur(), a -> new long[Teamcijfers.Maat.values().length]), f.aantallen());
                }
            }
        }
        List<Adviseursrapportage.Rij> rijen = new ArrayList<>();
        per.forEach((a, n) -> rijen.add(new Adviseursrapportage.Rij(a, cijfers.huidigTeam(a).orElse(null), Werkcijfers.uit(n))));
        return new Adviseursrapportage(regio, p.van(), p.tot(), peil, rijen);
    }

    /** An adviser of a re-integration company or private intermediary sees no report (docs/adr/0042): 403. */
    private void geenBeperktePartner() {
        if (user.is(CurrentUser.ADVISEUR) && user.partner().map(partners::isBeperkt).orElse(false)) {
            throw ApiProblem.forbidden("Een partner met een beperkte rol (re-integratiebedrijf, private bemiddelaar) ziet geen rapportages");
        }
    }

    private LocalDate peildatum(String regio, Periode p) {
        regios.vereist(regio);
        LocalDate vandaag = TimeSource.vandaag(clock);
        return p.tot().isBefore(vandaag) ? p.tot() : vandaag;
    }

    /** An adviser works for its partner's region only; the other roles see every region. */
    private boolean zietRegio(String regio) {
        return !user.is(CurrentUser.ADVISEUR) || user.partner().map(code -> partners.isPartnerVan(code, regio)).orElse(false);
    }

    private UUID adviseur() {
        return UUID.fromString(user.subject()); // the Beller let in only an adviser whose sub is a known adviser's id
    }

    private static Teamrapportage.Rij rij(UUID team, String naam, Map<UUID, long[]> perTeam) {
        long[] n = perTeam.getOrDefault(team, new long[Teamcijfers.Maat.values().length]);
        return new Teamrapportage.Rij(team, naam, Werkcijfers.uit(n));
    }

    private static void tel(long[] in, long[] erbij) {
        Objects.requireNonNull(erbij);
        for (int i = 0; i < in.length; i++) {
            in[i] += erbij[i];
        }
    }
}
