package nl.wsp.matching.toegang;

import jakarta.enterprise.context.RequestScoped;
import nl.wsp.matching.partner.PartnerRepository;
import nl.wsp.platform.bekenden.Adviseurs;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling, as the authorisation rules of docs/api.md read it: a role, a partner and a region, all from the token.
 * <ul>
 *   <li>the partner is the {@code partner} claim (advisers and partner systems);</li>
 *   <li>the adviser is the token's {@code sub}: the adviser id of account-service ({@code adviseurId}), the same claim
 *       vacancy-service compares with a vacancy's account manager — it is what {@code voorgedragenDoor},
 *       {@code aangevraagdDoor} and the other "who" fields record;</li>
 *   <li>the region is the region of the caller's partner as this service knows it (table {@code partner}); a beheerder
 *       or dashboard works for the region in its {@code regio} claim.</li>
 * </ul>
 * Every rule that decides what a caller sees or changes asks this class, so the model lives in one place. Before any
 * resource runs, the frame's {@link nl.wsp.platform.security.BellerFilter} has it check the token as account and vacancy
 * do: the partner of an adviser or partner system must be known to this service (from the partner events) and an
 * adviser's {@code sub} must be an adviser of that partner (the frame's {@link Adviseurs}, from the adviser events), else
 * 403 on every operation; a partner that account-service deactivated in its region (partners.gedeactiveerd.v1) counts
 * as unknown until it is activated again.
 */
@RequestScoped
public class Beller implements nl.wsp.platform.security.Beller {

    private final CurrentUser user;
    private final JsonWebToken token;
    private final PartnerRepository partners;
    private final Adviseurs adviseurs;
    private Optional<String> regio;
    private boolean bepaald;
    private final java.util.Map<String, Optional<String>> regios = new java.util.HashMap<>(); // per request: partner → region

    Beller(CurrentUser user, JsonWebToken token, PartnerRepository partners, Adviseurs adviseurs) {
        this.user = user;
        this.token = token;
        this.partners = partners;
        this.adviseurs = adviseurs;
    }

    @Override
    public void bepaal() {
        if (bepaald) {
            return;
        }
        if (isAdviseur() || isPartnersysteem()) {
            String code = eigenPartner();
            if (!partners.actief(code)) {
                throw ApiProblem.forbidden("De partner van het token is bij het WSP niet bekend of niet actief in zijn regio");
            }
            if (isAdviseur()) {
                adviseurs.eisAdviseurVan(user.subject(), code);
            }
        }
        bepaald = true;
    }

    /**
     * The national beheerder: a beheerder whose token names no region. In matching-service a beheerder of one region
     * (claim {@code regio}) manages only its region's fund ({@link #werktIn}); the partner work (candidates, proposals,
     * placements, instruments) of every region is the national beheerder's, so a regional one is refused there: a functional
     * administrator needs no candidate, not even a pseudonymised one (data minimisation, ADR 0029).
     */
    public boolean isBeheerder() {
        return user.is(CurrentUser.BEHEERDER) && user.regio().isEmpty();
    }

    public boolean isAdviseur() {
        return user.is(CurrentUser.ADVISEUR);
    }

    public boolean isPartnersysteem() {
        return user.is(CurrentUser.PARTNERSYSTEEM);
    }

    /** The adviser (or other caller) as the "who" fields record it: the token's {@code sub}. */
    public String wie() {
        return user.subject();
    }

    /** The caller's partner code, when the token names one. */
    public Optional<String> partner() {
        return user.partner().filter(p -> !p.isBlank());
    }

    /** The caller's partner; 403 for a token that names none (an adviser or partner system always has one). */
    public String eigenPartner() {
        return partner().orElseThrow(() -> ApiProblem.forbidden(user.is(CurrentUser.BEHEERDER)
                ? "Een beheerder van één regio beheert in matching-service alleen het regiofonds; dit doet de landelijke beheerder"
                : "Het token noemt geen partner (claim partner)"));
    }

    /** Null for a beheerder, who sees every partner's records; otherwise the caller's own partner (403 without one). */
    public String zichtbaarheidsPartner() {
        return isBeheerder() ? null : eigenPartner();
    }

    /**
     * The region the caller works for: the {@code regio} claim of a beheerder or dashboard, otherwise the region of the
     * caller's partner as the partner events told this service. Empty when neither is known: such a caller sees no
     * region's records.
     */
    public Optional<String> regio() {
        if (regio == null) {
            if (user.is(CurrentUser.BEHEERDER) || user.is(CurrentUser.DASHBOARD)) {
                regio = Optional.ofNullable(token.getClaim("regio")).map(Object::toString).filter(r -> !r.isBlank());
            } else {
                regio = partner().flatMap(this::regioVanPartner);
            }
        }
        return regio;
    }

    public boolean werktIn(String regioNaam) {
        return regioNaam != null && regio().map(regioNaam::equals).orElse(false);
    }

    /**
     * The own-caseload window (rule 4): while it runs, a vacancy exists only for the account manager's partner (and the
     * national beheerder), exactly as vacancy-service answers; afterwards for the advisers and systems of its region.
     */
    public boolean zietVacature(String accountmanagerPartner, boolean inEigenBestandTermijn) {
        if (isBeheerder()) {
            return true;
        }
        if (partner().isEmpty() || inEigenBestandTermijn && !partner().get().equals(accountmanagerPartner)) {
            return false;
        }
        return werktInRegioVan(accountmanagerPartner); // and only of the caller's region: no reading across regions
    }

    /**
     * Whether the caller may see a candidate of {@code kandidaatPartner} (pseudonymised, as matching shows candidates):
     * its partner system only its own partner's; an adviser those of its own region; the national beheerder every one.
     * A beheerder of one region sees none ({@link #isBeheerder}), nor does a dashboard.
     */
    public boolean zietKandidaat(String kandidaatPartner) {
        if (isPartnersysteem()) {
            return partner().map(p -> p.equals(kandidaatPartner)).orElse(false);
        }
        if (isBeheerder()) {
            return true;
        }
        return isAdviseur() && werktInRegioVan(kandidaatPartner);
    }

    /** Whether the caller works in the region of {@code partner} (advisers do not see across regions). */
    public boolean werktInRegioVan(String partner) {
        return partner != null && regioVanPartner(partner).map(this::werktIn).orElse(false);
    }

    private Optional<String> regioVanPartner(String code) {
        return regios.computeIfAbsent(code, partners::regioVan);
    }
}
