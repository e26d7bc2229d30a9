package nl.wsp.account.beller;

import jakarta.enterprise.context.RequestScoped;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;

import java.util.Optional;
import java.util.UUID;

/**
 * Who calls, as the authorisation rules of docs/api.md see it: a role, a partner and a region, worked out once per
 * request from the token ({@link nl.wsp.platform.security.BellerFilter} does that before any resource runs).
 * <ul>
 *   <li>{@code adviseur}: the token's {@code sub} is the adviser's id (one claim in every service); the adviser must be
 *   registered with the partner the {@code partner} claim names, and works for that partner's region.</li>
 *   <li>{@code partnersysteem}: the {@code partner} claim names a registered partner; its region is the partner's.</li>
 *   <li>{@code beheerder}: no partner; a beheerder whose token names a region (claim {@code regio}) works for that
 *   region only, exactly as an adviser of it; one without that claim is the national beheerder and sees every
 *   region ({@link #regio()} is empty).</li>
 *   <li>{@code dashboard}: no partner; sees every region (aggregates only).</li>
 *   <li>{@code website}: the WSP's public website, no partner; it only hands in employers' contact requests, of the
 *   region its token names (claim {@code regio}) or, without it, of any region (docs/adr/0042).</li>
 * </ul>
 * An adviser or partner system of a partner with a limited role (a re-integration company, a private intermediary:
 * {@link #isBeperktePartner()}) reaches only the operations marked {@link OokVoorBeperktePartner}
 * ({@link BeperkteRol} refuses the others with 403).
 * A partner that is unknown here, or not active in its region (deactivated by the region's beheerder), or an adviser
 * not registered with it, is a 403 on every operation.
 */
@RequestScoped
public class Beller implements nl.wsp.platform.security.Beller {

    private final CurrentUser user;
    private final Bekenden bekenden;

    private boolean bepaald;
    private String partner;
    private String regio;
    private UUID adviseur;
    private boolean beperktePartner;

    Beller(CurrentUser user, Bekenden bekenden) {
        this.user = user;
        this.bekenden = bekenden;
    }

    /** Resolves the caller; refuses (403) a token whose partner or adviser this service does not know. */
    @Override
    public void bepaal() {
        if (bepaald) {
            return;
        }
        if (isAdviseur() || isPartnersysteem()) {
            String code = user.partner().orElseThrow(() -> ApiProblem.forbidden("Het token noemt geen partner"));
            Bekenden.ActievePartner actief = bekenden.actievePartner(code)
                    .orElseThrow(() -> ApiProblem.forbidden("De partner van het token is bij het WSP niet bekend of niet actief in zijn regio"));
            regio = actief.regio();
            partner = code;
            beperktePartner = actief.beperkt();
        }
        if (isBeheerder() || isWebsite()) {
            regio = user.regio().orElse(null);
        }
        if (isAdviseur()) {
            adviseur = adviseurId(user.subject()).filter(id -> bekenden.isAdviseurVan(id, partner, regio))
                    .orElseThrow(() -> ApiProblem.forbidden("Het token hoort niet bij een adviseur van partner " + partner));
        }
        bepaald = true;
    }

    public boolean isAdviseur() {
        return user.is(CurrentUser.ADVISEUR);
    }

    public boolean isPartnersysteem() {
        return user.is(CurrentUser.PARTNERSYSTEEM);
    }

    public boolean isBeheerder() {
        return user.is(CurrentUser.BEHEERDER);
    }

    public boolean isWebsite() {
        return user.is(CurrentUser.WEBSITE);
    }

    /** Whether the caller is an adviser or system of a partner with a limited role (docs/adr/0042). */
    public boolean isBeperktePartner() {
        bepaal();
        return beperktePartner;
    }

    /**
     * The region the caller works for; empty for a national beheerder or a dashboard, who see every region, and for a
     * website whose token names no region.
     */
    public Optional<String> regio() {
        bepaal();
        return Optional.ofNullable(regio);
    }

    /** Whether something of {@code regio} is visible to the caller. */
    public boolean ziet(String regio) {
        return regio().map(r -> r.equals(regio)).orElse(true);
    }

    /** The caller's partner code (advisers and partner systems). */
    public Optional<String> partner() {
        bepaal();
        return Optional.ofNullable(partner);
    }

    /** The id of the adviser who calls (empty for every other role). */
    public Optional<UUID> adviseur() {
        bepaal();
        return Optional.ofNullable(adviseur);
    }

    public boolean isAdviseur(UUID adviseurId) {
        return adviseurId != null && adviseur().map(adviseurId::equals).orElse(false);
    }

    /** What history records as "by whom": the adviser id for an adviser, the token's subject otherwise. */
    public String wie() {
        return adviseur().map(UUID::toString).orElse(user.subject());
    }

    private static Optional<UUID> adviseurId(String subject) {
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException geenId) {
            return Optional.empty();
        }
    }
}
