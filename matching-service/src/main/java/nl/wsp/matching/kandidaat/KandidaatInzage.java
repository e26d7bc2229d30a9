package nl.wsp.matching.kandidaat;

import nl.wsp.platform.logboek.Verwerkingslogboek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.wsp.platform.outbox.Outbox;
import nl.wsp.matching.kandidaat.api.KandidaatWeergave;
import nl.wsp.matching.kandidaat.api.WijzigingenPagina;
import nl.wsp.platform.problem.ApiProblem;
import nl.wsp.platform.security.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading, withdrawing and erasing one candidate, with who-may-see-what in one place. A partner system that asks
 * for another partner's candidate hears that it does not exist (OWASP API1); advisers of other partners see the
 * pseudonymised profile. Every read and write goes to the audit trail.
 */
@ApplicationScoped
public class KandidaatInzage {

    private final KandidaatRepository kandidaten;
    private final Verwerkingslogboek audit;
    private final CurrentUser user;
    private final AanvaardeVoordrachten voordrachten;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<KandidaatGewistV1> gewist;
    private final nl.wsp.matching.toegang.Beller beller;
    private final Kandidatenpool pool;

    KandidaatInzage(KandidaatRepository kandidaten, Verwerkingslogboek audit, CurrentUser user, AanvaardeVoordrachten voordrachten,
                    Outbox outbox, Clock clock, Event<KandidaatGewistV1> gewist, nl.wsp.matching.toegang.Beller beller,
                    Kandidatenpool pool) {
        this.pool = pool;
        this.gewist = gewist;
        this.beller = beller;
        this.kandidaten = kandidaten;
        this.audit = audit;
        this.user = user;
        this.voordrachten = voordrachten;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** For matching and proposing: what this caller may see of the candidate. */
    @Transactional
    public KandidaatWeergave raadpleeg(UUID id) {
        Kandidaat k = kandidaten.vind(id).filter(this::magZien).orElseThrow(KandidaatInzage::nietGevonden);
        if (isEigenaar(k)) {
            return KandidaatWeergave.eigenaar(k, kandidaten.leefgebieden(id));
        }
        if (user.is(CurrentUser.ADVISEUR) && user.partner().map(p -> voordrachten.isUitgenodigdOfAangenomen(id, p)).orElse(false)) {
            return KandidaatWeergave.onthuld(k);
        }
        return KandidaatWeergave.gepseudonimiseerd(k);
    }

    /**
     * The data subject's right of access, asked through the owning partner or the administrator: the full profile.
     * The complete answer is assembled by {@code nl.wsp.matching.inzage.Inzage}, which logs it.
     */
    public KandidaatWeergave voorInzage(UUID id) {
        Kandidaat k = kandidaten.vind(id).filter(x -> isEigenaar(x) || isLandelijkeBeheerder())
                .orElseThrow(KandidaatInzage::nietGevonden);
        return KandidaatWeergave.eigenaar(k, kandidaten.leefgebieden(id));
    }

    /** The caller's own candidate (its partner's adviser or client system); anyone else's is a 404. */
    public Kandidaat eigen(UUID id) {
        return kandidaten.vind(id).filter(this::isEigenaar).orElseThrow(KandidaatInzage::nietGevonden);
    }

    @Transactional
    public KandidaatWeergave trekIn(UUID id, String reden) {
        Kandidaat k = kandidaten.vind(id).filter(this::isEigenaar).orElseThrow(KandidaatInzage::nietGevonden);
        Kandidaat ingetrokken = trekIn(k, reden);
        pool.werkBij(k.partner());
        return KandidaatWeergave.eigenaar(ingetrokken, kandidaten.leefgebieden(id));
    }

    /**
     * Withdraws the caller's own candidate, once: stored, in the partner's feed and in the processing log. The single
     * withdrawal and the withdrawals of a bulk push ({@link RegistreerKandidaten}) both come here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Kandidaat trekIn(Kandidaat k, String reden) {
        Kandidaat ingetrokken = k.trekIn(reden, clock.instant());
        if (ingetrokken != k) {
            kandidaten.trekIn(ingetrokken);
            audit.registreer(k.id(), "ingetrokken");
        }
        return ingetrokken;
    }

    /** Erasure: personal data gone, an event tells the other services to drop the id. */
    @Transactional
    public void wis(UUID id) {
        Kandidaat k = kandidaten.vind(id).filter(x -> isEigenaar(x) || isLandelijkeBeheerder())
                .orElseThrow(KandidaatInzage::nietGevonden);
        wisUit(k, "gewist");
    }

    /**
     * Erasure of a withdrawn candidate whose retention period has passed, by the retention job
     * (docs/adr/0017-erasure-and-retention.md): the same erasure, everywhere; a candidate pushed again meanwhile stays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean wisNaBewaartermijn(UUID id) {
        Optional<Kandidaat> k = kandidaten.vind(id).filter(x -> Kandidaat.INGETROKKEN.equals(x.status()));
        k.ifPresent(x -> wisUit(x, "gewist-na-bewaartermijn"));
        return k.isPresent();
    }

    private void wisUit(Kandidaat k, String actie) {
        UUID id = k.id();
        KandidaatGewistV1 event = k.wis(clock.instant());
        kandidaten.wis(k, event.gewistOp());
        audit.registreer(id, actie);
        outbox.append(KandidaatGewistV1.TOPIC, KandidaatGewistV1.TYPE, id.toString(), event);
        // Inside this service too: modules that keep something on the candidate (proposals, placements, instruments)
        // observe this synchronously, in the same transaction, and drop or pseudonymise what they hold.
        gewist.fire(event);
        pool.werkBij(k.partner()); // an available candidate erased leaves the pool; a withdrawn one changes nothing
    }

    /** The calling partner's changes after the cursor. The feed holds no personal data beyond the partner's own reference. */
    public WijzigingenPagina wijzigingen(String cursor, int limiet) {
        String partner = eigenPartner();
        long na = leesCursor(cursor);
        List<KandidaatRepository.Wijzigingsrij> rijen = kandidaten.wijzigingen(partner, na, limiet + 1);
        boolean meer = rijen.size() > limiet;
        List<KandidaatRepository.Wijzigingsrij> pagina = meer ? rijen.subList(0, limiet) : rijen;
        long laatste = pagina.isEmpty() ? na : pagina.get(pagina.size() - 1).volgnummer();
        String hervat = schrijfCursor(laatste);
        return new WijzigingenPagina(pagina.stream().map(w -> new WijzigingenPagina.Wijziging(w.id(), w.referentie(),
                w.status(), w.redenIntrekking(), w.volledigheid(), w.ontbrekendeVelden(), w.gewijzigdOp())).toList(),
                meer ? hervat : null, hervat);
    }

    public String eigenPartner() {
        return user.partner().filter(p -> !p.isBlank())
                .orElseThrow(() -> ApiProblem.forbidden("Het token noemt geen partner (claim partner)"));
    }

    /** A beheerder of one region (claim {@code regio}) does not see candidates: see {@code toegang.Beller#isBeheerder}. */
    private boolean isLandelijkeBeheerder() {
        return user.is(CurrentUser.BEHEERDER) && user.regio().isEmpty();
    }

    private boolean isEigenaar(Kandidaat k) {
        return (user.is(CurrentUser.PARTNERSYSTEEM) || user.is(CurrentUser.ADVISEUR))
                && user.partner().map(k::isVan).orElse(false);
    }

    private boolean magZien(Kandidaat k) {
        if (user.is(CurrentUser.PARTNERSYSTEEM)) {
            return isEigenaar(k); // a partner system only ever sees its own candidates
        }
        if (user.is(CurrentUser.ADVISEUR)) {
            return isEigenaar(k) || beller.werktInRegioVan(k.partner()); // advisers work for their partner's region only
        }
        return isLandelijkeBeheerder();
    }

    private static ApiProblem nietGevonden() {
        return ApiProblem.notFound("Kandidaat");
    }

    static String schrijfCursor(long volgnummer) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + volgnummer).getBytes(StandardCharsets.UTF_8));
    }

    static long leesCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith("k:")) {
                long v = Long.parseLong(s.substring(2));
                if (v >= 0) {
                    return v;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
    }

    public static Optional<UUID> id(String waarde) {
        try {
            return Optional.of(UUID.fromString(waarde));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
