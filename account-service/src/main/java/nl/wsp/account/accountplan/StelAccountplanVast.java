package nl.wsp.account.accountplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.wsp.account.werkgever.Werkgever;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.time.TimeSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Use case: set or replace a key-account employer's account plan. Only a key account has one (409
 * {@code geen-key-account}); the review date lies today or later (400 {@code herzieningsdatum}); who may is checked by
 * the resource (the employer's account manager or a beheerder). Every write is in the processing log (the plan's free
 * text may name the employer's people): that is the audit of its changes.
 */
@ApplicationScoped
public class StelAccountplanVast {

    private final AccountplanRepository plannen;
    private final Clock clock;

    StelAccountplanVast(AccountplanRepository plannen, Clock clock) {
        this.plannen = plannen;
        this.clock = clock;
    }

    @Transactional
    public Accountplan stelVast(Werkgever werkgever, List<String> doelen, List<Actie> acties, LocalDate herzieningsdatum, String door) {
        if (!werkgever.keyAccount()) {
            throw ApiProblem.conflict("geen-key-account", "Werkgever " + werkgever.naam() + " is geen key-account; alleen een key-account heeft een accountplan",
                    Map.of("werkgever", "/api/v1/werkgevers/" + werkgever.id()));
        }
        if (herzieningsdatum.isBefore(TimeSource.vandaag(clock))) {
            throw ApiProblem.invalid("herzieningsdatum", "vandaag of later");
        }
        Instant nu = clock.instant();
        return plannen.van(werkgever.id()).map(p -> {
            p.wijzig(doelen, acties, herzieningsdatum, door, nu);
            return p;
        }).orElseGet(() -> {
            Accountplan p = Accountplan.stelVast(werkgever.id(), doelen, acties, herzieningsdatum, door, nu);
            plannen.persist(p);
            return p;
        });
    }
}
