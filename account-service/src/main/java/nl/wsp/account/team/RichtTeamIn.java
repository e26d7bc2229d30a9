package nl.wsp.account.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.referentie.Arbeidsmarktregios;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Use case: set up or change a unit of a region with its work area. Every municipality of the work area is one of the
 * region's (spelt as the reference data, case and province suffix forgiven as everywhere); two units may share one.
 * The state and its event commit together (the frame's outbox).
 */
@ApplicationScoped
public class RichtTeamIn {

    private final TeamRepository teams;
    private final Outbox outbox;
    private final Clock clock;

    RichtTeamIn(TeamRepository teams, Outbox outbox, Clock clock) {
        this.teams = teams;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Team richtIn(String regio, String naam, List<String> werkgebied) {
        if (!Arbeidsmarktregios.regios().contains(regio)) {
            throw ApiProblem.invalid("regio", "onbekende arbeidsmarktregio");
        }
        Set<String> gemeenten = gemeenten(regio, werkgebied);
        bestaatNiet(regio, naam, null);
        Team.Inrichting i = Team.richtIn(regio, naam, gemeenten, clock.instant());
        teams.persist(i.team());
        outbox.append(TeamGegevens.TOPIC, TeamGegevens.INGERICHT, i.team().id().toString(), i.event());
        return i.team();
    }

    @Transactional
    public Team wijzig(Team team, String naam, List<String> werkgebied) {
        Set<String> gemeenten = gemeenten(team.regio(), werkgebied);
        bestaatNiet(team.regio(), naam, team.id());
        TeamGegevens event = team.wijzig(naam, gemeenten);
        outbox.append(TeamGegevens.TOPIC, TeamGegevens.GEWIJZIGD, team.id().toString(), event);
        return team;
    }

    private void bestaatNiet(String regio, String naam, UUID zelf) {
        teams.find("regio = ?1 and naam = ?2", regio, naam).firstResultOptional()
                .filter(t -> !t.id().equals(zelf)).ifPresent(t -> {
                    throw ApiProblem.conflict("team-bestaat", "Regio " + regio + " heeft al een team " + naam,
                            Map.of("bestaandTeam", "/api/v1/teams/" + t.id()));
                });
    }

    /** The official names of the work area's municipalities; 400 naming {@code werkgebied[i]} for one outside the region or a repeat. */
    private static Set<String> gemeenten(String regio, List<String> werkgebied) {
        Set<String> gemeenten = new TreeSet<>();
        for (int i = 0; i < werkgebied.size(); i++) {
            String veld = "werkgebied[" + i + "]";
            Arbeidsmarktregios.Gemeente g = Arbeidsmarktregios.gemeente(werkgebied.get(i))
                    .orElseThrow(() -> ApiProblem.invalid(veld, "onbekende gemeente"));
            if (!g.regio().equals(regio)) {
                throw ApiProblem.invalid(veld, g.naam() + " ligt niet in arbeidsmarktregio " + regio);
            }
            if (!gemeenten.add(g.naam())) {
                throw ApiProblem.invalid(veld, g.naam() + " staat al in het werkgebied");
            }
        }
        return gemeenten;
    }
}
