package nl.wsp.account.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.platform.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: an adviser of the unit's region joins the unit, leaving the one it was in (an adviser is in at most one).
 * Joining the unit it is already in changes nothing and tells no one. The membership and
 * {@code teams.adviseur-ingedeeld.v1} commit together.
 */
@ApplicationScoped
public class DeelAdviseurIn {

    private final TeamlidRepository leden;
    private final Outbox outbox;
    private final Clock clock;

    DeelAdviseurIn(TeamlidRepository leden, Outbox outbox, Clock clock) {
        this.leden = leden;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Teamlid deelIn(Team team, Adviseur adviseur) {
        if (!adviseur.regio().equals(team.regio())) {
            throw ApiProblem.invalid("adviseurId", "de adviseur werkt in een andere regio dan het team");
        }
        Instant nu = clock.instant();
        Optional<Teamlid> bestaand = leden.findByIdOptional(adviseur.id());
        if (bestaand.isPresent() && bestaand.get().teamId().equals(team.id())) {
            return bestaand.get();
        }
        UUID vorig = null;
        Teamlid lid;
        if (bestaand.isPresent()) {
            lid = bestaand.get();
            vorig = lid.verplaats(team.id(), nu);
        } else {
            lid = Teamlid.van(adviseur.id(), team.id(), nu);
            leden.persist(lid);
        }
        outbox.append(TeamGegevens.TOPIC, AdviseurIngedeeld.TYPE, team.id().toString(),
                new AdviseurIngedeeld(team.id(), adviseur.id(), adviseur.partnerCode(), team.regio(), vorig, nu));
        return lid;
    }
}
