package nl.wsp.account.werkgever;

import jakarta.enterprise.context.RequestScoped;
import nl.wsp.account.adviseur.Adviseur;
import nl.wsp.account.adviseur.AdviseurRepository;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;

import java.util.Optional;
import java.util.UUID;

/** Who may change an employer's account: a beheerder, or its current account manager (anyone, while it has none). */
@RequestScoped
public class Toegang {

    private final CurrentUser user;
    private final AdviseurRepository adviseurs;

    Toegang(CurrentUser user, AdviseurRepository adviseurs) {
        this.user = user;
        this.adviseurs = adviseurs;
    }

    /**
     * The adviser record of the caller (empty for a beheerder or an unknown adviser). The token's subject is either the
     * adviser's id — as the other services expect it — or the adviser's {@code gebruikersnaam}.
     */
    public Optional<Adviseur> adviseur() {
        if (!user.is(CurrentUser.ADVISEUR)) {
            return Optional.empty();
        }
        String subject = user.subject();
        try {
            Optional<Adviseur> opId = adviseurs.findByIdOptional(UUID.fromString(subject));
            if (opId.isPresent()) {
                return opId;
            }
        } catch (IllegalArgumentException notAnId) {
            // a login name
        }
        return adviseurs.metGebruikersnaam(subject);
    }

    public String wie() {
        return user.subject();
    }

    public boolean isBeheerder() {
        return user.is(CurrentUser.BEHEERDER);
    }

    public Optional<String> partner() {
        return user.partner();
    }

    void magAccountBeheren(Werkgever w) {
        if (isBeheerder() || w.accountmanagerId() == null) {
            return;
        }
        boolean isAccountmanager = adviseur().map(a -> a.id().equals(w.accountmanagerId())).orElse(false);
        if (!isAccountmanager) {
            throw ApiProblem.forbidden("Alleen de accountmanager van deze werkgever of een beheerder mag dit");
        }
    }
}
