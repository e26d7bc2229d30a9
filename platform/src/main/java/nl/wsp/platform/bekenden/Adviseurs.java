package nl.wsp.platform.bekenden;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.wsp.platform.inbox.Inbox;
import nl.wsp.platform.problem.ApiProblem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The advisers a service knows, one read model for every service that checks an adviser's token (docs/adr/0029,
 * decision 4): from account-service's {@code nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1} on
 * {@code wsp.account.adviseurs}, the adviser's id (the {@code sub} of its tokens, docs/api.md) and its partner, nothing
 * else — a service needs to know that a token's {@code sub} is an adviser of the token's partner, not who it is.
 * <p>The table {@code adviseur} comes from the frame's migration location {@code db/platform/adviseurs}; a service that
 * lists it there binds its own {@code @Incoming("adviseurs")} channel (its topic, consumer group and dead-letter topic
 * are the service's configuration, its AsyncAPI document names the channel) and hands every record to
 * {@link #verwerk} in the consumer's transaction. Its {@code Beller} asks {@link #eisAdviseurVan}.
 * <p>Why in the frame, although ADR 0005 keeps business types out of it: this is not a business record but the
 * identity side of authorisation, the same for every service that checks it — three copies of it had begun to drift
 * (one kept the adviser's name it never used) and the fourth service did not check at all.
 */
@ApplicationScoped
public class Adviseurs {

    /** The one event type this read model follows. */
    public static final String GEREGISTREERD = "nl.werkgeversdienstverlening.adviseurs.geregistreerd.v1";

    private final Inbox inbox;
    private final EntityManager em;

    Adviseurs(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    /** The fields read from the event (docs/events.md); the name and region it also carries are not kept. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdviseurGeregistreerdV1(UUID adviseurId, String partner) {
    }

    /**
     * One record of {@code wsp.account.adviseurs}, in the consumer's transaction: the first delivery of a registration
     * stores the adviser or, registered again, the partner it works for now; a repeated delivery (the inbox) and any
     * other type change nothing. A registration without id or partner is unreadable (the consumer's dead-letter topic).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verwerk(String message) {
        inbox.eersteVan(message, GEREGISTREERD, AdviseurGeregistreerdV1.class).ifPresent(o -> {
            AdviseurGeregistreerdV1 e = o.data();
            if (e.adviseurId() == null || e.partner() == null || e.partner().isBlank()) {
                throw new IllegalArgumentException("event " + o.event().id() + " names no adviserId or partner");
            }
            em.createNativeQuery("""
                            INSERT INTO adviseur (id, partner) VALUES (?1, ?2)
                            ON CONFLICT (id) DO UPDATE SET partner = EXCLUDED.partner""")
                    .setParameter(1, e.adviseurId()).setParameter(2, e.partner()).executeUpdate();
        });
    }

    /** The partner of adviser {@code sub} (a token's subject), empty when {@code sub} is no adviser id this service knows. */
    public Optional<String> partnerVan(String sub) {
        Optional<UUID> id = id(sub);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> rijen = em.createNativeQuery("SELECT partner FROM adviseur WHERE id = ?1").setParameter(1, id.get()).getResultList();
        return rijen.stream().findFirst();
    }

    /**
     * The rule of docs/api.md, the same in every service: an adviser token's {@code sub} is an adviser of the token's
     * partner. Answers the adviser id; otherwise {@code 403 geen-toegang} (an unknown {@code sub}, one that is no UUID in
     * its canonical lower-case form, an adviser of another partner).
     */
    public UUID eisAdviseurVan(String sub, String partner) {
        if (partner == null || !partnerVan(sub).map(partner::equals).orElse(false)) {
            throw ApiProblem.forbidden("Het token hoort niet bij een adviseur van partner " + partner);
        }
        return id(sub).orElseThrow();
    }

    private static Optional<UUID> id(String sub) {
        if (sub == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(sub);
            return id.toString().equals(sub) ? Optional.of(id) : Optional.empty(); // only the form account-service issues
        } catch (IllegalArgumentException geenId) {
            return Optional.empty();
        }
    }
}
