package nl.wsp.matching.voordracht;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Parameters;
import nl.wsp.platform.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Proposals of a vacancy and/or a candidate, oldest first, limited to those the caller's partner is involved in
 * (proposing, owning the candidate, or the vacancy's account manager). Keyset pagination on (proposed at, id).
 */
@ApplicationScoped
public class Voordrachtenlijst {

    public record Pagina(List<Voordracht> voordrachten, String volgendeCursor) {
    }

    private final VoordrachtRepository voordrachten;

    Voordrachtenlijst(VoordrachtRepository voordrachten) {
        this.voordrachten = voordrachten;
    }

    /** @param partner the caller's partner; null for an administrator */
    public Pagina van(UUID vacatureId, UUID kandidaatId, String partner, String cursor, int limiet) {
        Sleutel na = leesCursor(cursor);
        StringBuilder jpql = new StringBuilder("from Voordracht where 1 = 1");
        Parameters parameters = new Parameters();
        if (vacatureId != null) {
            jpql.append(" and vacatureId = :vacature");
            parameters.and("vacature", vacatureId);
        }
        if (kandidaatId != null) {
            jpql.append(" and kandidaatId = :kandidaat");
            parameters.and("kandidaat", kandidaatId);
        }
        if (partner != null) {
            jpql.append(" and (partner = :partner or kandidaatPartner = :partner or vacaturePartner = :partner)");
            parameters.and("partner", partner);
        }
        if (na != null) {
            jpql.append(" and (voorgedragenOp > :naOp or (voorgedragenOp = :naOp and id > :naId))");
            parameters.and("naOp", na.op()).and("naId", na.id());
        }
        List<Voordracht> rijen = voordrachten.find(jpql.append(" order by voorgedragenOp, id").toString(), parameters)
                .range(0, limiet).list();
        if (rijen.size() <= limiet) {
            return new Pagina(rijen, null);
        }
        List<Voordracht> pagina = rijen.subList(0, limiet);
        Voordracht laatste = pagina.get(limiet - 1);
        return new Pagina(pagina, schrijfCursor(new Sleutel(laatste.voorgedragenOp(), laatste.id())));
    }

    record Sleutel(Instant op, UUID id) {
    }

    static String schrijfCursor(Sleutel s) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v:" + s.op() + "|" + s.id()).getBytes(StandardCharsets.UTF_8));
    }

    static Sleutel leesCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int streep = s.indexOf('|');
            if (s.startsWith("v:") && streep > 0) {
                return new Sleutel(Instant.parse(s.substring(2, streep)), UUID.fromString(s.substring(streep + 1)));
            }
        } catch (RuntimeException e) {
            // falls through to the refusal
        }
        throw ApiProblem.invalid("cursor", "onbekende cursor; stuur terug wat u kreeg");
    }
}
